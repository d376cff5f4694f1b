using Azure.Data.Tables;

namespace LibraryLive.Silo.Storage.GroupCommit;

/// <summary>
/// Serialized grain state spread over the binary properties of one entity: Azure holds at most 64 KiB in a
/// property and 1 MiB in an entity, so a state takes up to 15 properties and the rest is left for keys.
/// </summary>
internal static class StateColumns
{
    public const int PropertyBytes = 64 * 1024;
    public const int MaxProperties = 15;
    public const int MaxStateBytes = PropertyBytes * MaxProperties;

    public static TableEntity ToEntity(StateKeys keys, ReadOnlyMemory<byte> state)
    {
        if (state.Length > MaxStateBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(state), state.Length, $"State over {MaxStateBytes} bytes.");
        }

        var entity = new TableEntity(keys.PartitionKey, keys.RowKey);
        for (var (offset, index) = (0, 0); offset < state.Length; offset += PropertyBytes, index++)
        {
            entity[Name(index)] = state.Slice(offset, Math.Min(PropertyBytes, state.Length - offset)).ToArray();
        }

        return entity;
    }

    public static BinaryData FromEntity(TableEntity entity)
    {
        var parts = new List<byte[]>();
        for (var index = 0; index < MaxProperties && entity.GetBinary(Name(index)) is { } part; index++)
        {
            parts.Add(part);
        }

        var state = new byte[parts.Sum(p => p.Length)];
        var offset = 0;
        foreach (var part in parts)
        {
            part.CopyTo(state, offset);
            offset += part.Length;
        }

        return new BinaryData(state);
    }

    private static string Name(int index) => $"State{index:D2}";
}
