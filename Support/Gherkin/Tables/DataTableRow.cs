namespace Conformance.Gherkin.Tables;

/// <summary>One data row of a <see cref="DataTable"/>, read by column name.</summary>
public sealed class DataTableRow
{
    private readonly IReadOnlyList<string> header;

    internal DataTableRow(IReadOnlyList<string> header, IReadOnlyList<string> cells)
    {
        this.header = header;
        Cells = cells;
    }

    public IReadOnlyList<string> Cells { get; }

    /// <summary>The cell under <paramref name="column"/>; throws naming the columns that exist.</summary>
    public string this[string column]
    {
        get
        {
            for (var i = 0; i < header.Count; i++)
            {
                if (string.Equals(header[i], column, StringComparison.OrdinalIgnoreCase))
                {
                    return Cells[i];
                }
            }

            throw new KeyNotFoundException($"the table has no column '{column}'; columns: {string.Join(", ", header)}");
        }
    }

    public string this[int index] => Cells[index];

    public override string ToString() => "| " + string.Join(" | ", Cells) + " |";
}
