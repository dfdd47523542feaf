namespace Conformance.MockServer.Directory;

/// <summary>Read-only lookups over a <see cref="DirectoryFile"/>; built once per server.</summary>
public sealed class UserDirectory
{
    private readonly Dictionary<string, DirectoryUser> _byId;
    private readonly Dictionary<string, DirectoryUser> _byName;
    private readonly Dictionary<string, DirectoryQueue> _queuesByName;
    private readonly Dictionary<string, DirectoryQueue> _queuesById;

    public UserDirectory(DirectoryFile file)
    {
        File = file;
        _byId = file.Users.ToDictionary(u => u.Id, StringComparer.Ordinal);
        _byName = file.Users.ToDictionary(u => u.UserName, StringComparer.Ordinal);
        _queuesByName = file.Queues.ToDictionary(q => q.Name, StringComparer.Ordinal);
        _queuesById = file.Queues.ToDictionary(q => q.Id, StringComparer.Ordinal);
        foreach (var queue in file.Queues)
        {
            foreach (var agent in queue.Agents.Where(a => !_byName.ContainsKey(a)))
            {
                throw new InvalidDataException($"Queue {queue.Name} names unknown agent {agent}.");
            }
        }
    }

    public DirectoryFile File { get; }

    public IReadOnlyList<DirectoryUser> Users => File.Users;

    public IReadOnlyList<DirectoryQueue> Queues => File.Queues;

    public DirectoryUser? FindById(string id) => _byId.GetValueOrDefault(id);

    public DirectoryUser? FindByName(string userName) => _byName.GetValueOrDefault(userName);

    public DirectoryQueue? FindQueueByName(string name) => _queuesByName.GetValueOrDefault(name);

    public DirectoryQueue? FindQueueById(string id) => _queuesById.GetValueOrDefault(id);

    public DirectoryUser? Authenticate(string userName, string password)
    {
        var user = FindByName(userName);
        return user is not null && string.Equals(user.Password, password, StringComparison.Ordinal) ? user : null;
    }
}
