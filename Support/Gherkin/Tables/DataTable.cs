namespace Conformance.Gherkin.Tables;

/// <summary>
/// A step's table argument: the first row is the header. <see cref="CreateInstance{T}(Func{T})"/>
/// and <see cref="CreateSet{T}(Func{T})"/> turn it into objects where defaults fill every field the
/// table does not mention (style.md lesson 4: a scenario shows only the field it is about).
/// </summary>
public sealed class DataTable
{
    public DataTable(IReadOnlyList<IReadOnlyList<string>> allRows)
    {
        ArgumentNullException.ThrowIfNull(allRows);
        if (allRows.Count == 0)
        {
            throw new ArgumentException("a table has at least a header row", nameof(allRows));
        }

        AllRows = allRows;
        Header = allRows[0];
        Rows = allRows.Skip(1).Select(r => new DataTableRow(Header, r)).ToList();
    }

    /// <summary>Every row including the header, as written.</summary>
    public IReadOnlyList<IReadOnlyList<string>> AllRows { get; }

    public IReadOnlyList<string> Header { get; }

    /// <summary>The data rows (header excluded).</summary>
    public IReadOnlyList<DataTableRow> Rows { get; }

    /// <summary>
    /// True for a two-column "| Field | Value |" table (first header cell Field, Property, Parameter
    /// or Name; second Value): each row then names one member.
    /// </summary>
    public bool IsVertical =>
        Header.Count == 2
        && string.Equals(Header[1], "Value", StringComparison.OrdinalIgnoreCase)
        && new[] { "Field", "Property", "Parameter", "Name" }.Contains(Header[0], StringComparer.OrdinalIgnoreCase);

    /// <summary>A vertical table as name → value.</summary>
    public IReadOnlyDictionary<string, string> ToDictionary()
    {
        if (Header.Count != 2)
        {
            throw new InvalidOperationException($"ToDictionary needs a two-column table; this one has columns {string.Join(", ", Header)}");
        }

        return Rows.ToDictionary(r => r[0], r => r[1], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>One object from a vertical table, or from a horizontal table with exactly one data row.</summary>
    public T CreateInstance<T>() => CreateInstance<T>(defaults: null);

    /// <summary>As <see cref="CreateInstance{T}()"/>, starting from <paramref name="defaults"/> (records are copied first).</summary>
    public T CreateInstance<T>(Func<T>? defaults)
    {
        if (IsVertical)
        {
            return ObjectMapper.Create(Rows.Select(r => (r[0], r[1])).ToList(), defaults);
        }

        if (Rows.Count != 1)
        {
            throw new InvalidOperationException(
                $"CreateInstance<{typeof(T).Name}> needs a '| Field | Value |' table or one data row; this table has {Rows.Count} data rows (use CreateSet)");
        }

        return CreateSet(defaults)[0];
    }

    /// <summary>One object per data row, columns naming members.</summary>
    public List<T> CreateSet<T>() => CreateSet<T>(defaults: null);

    /// <summary>As <see cref="CreateSet{T}()"/>, each row starting from a fresh <paramref name="defaults"/>.</summary>
    public List<T> CreateSet<T>(Func<T>? defaults) =>
        Rows.Select(r => ObjectMapper.Create(Header.Zip(r.Cells).ToList(), defaults)).ToList();

    public override string ToString() => string.Join(Environment.NewLine, AllRows.Select(r => "| " + string.Join(" | ", r) + " |"));
}
