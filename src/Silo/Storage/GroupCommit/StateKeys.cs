using System.Text;

namespace LibraryLive.Silo.Storage.GroupCommit;

/// <summary>
/// Where one state of one grain lives in the table: a partition chosen by a stable hash of the grain id (so that
/// the writes of many grains share a partition and can share a transaction), and a row naming grain and state.
/// </summary>
internal readonly record struct StateKeys(int Partition, string PartitionKey, string RowKey)
{
    public static StateKeys For(string serviceId, string stateName, GrainId grainId, int partitionCount)
    {
        var grain = grainId.ToString();
        var partition = (int)(Fnv1a(grain) % (uint)partitionCount);
        return new StateKeys(partition, PartitionKeyOf(serviceId, partition), Escape($"{grain}|{stateName}"));
    }

    public static string PartitionKeyOf(string serviceId, int partition) => Escape($"{serviceId}_{partition:D3}");

    // FNV-1a over the UTF-8 of the grain id: written here rather than borrowed from Orleans or .NET, because the
    // partition of every stored grain depends on it and must not change with a library upgrade.
    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }

    // Table keys may not hold '/', '\', '#', '?' or control characters; grain ids hold '/' at least.
    private static string Escape(string key)
    {
        var escaped = new StringBuilder(key.Length + 8);
        foreach (var c in key)
        {
            if (c is '%' or '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                escaped.Append('%').Append(((int)c).ToString("X2"));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
