using LibraryLive.Gates;
using LibraryLive.Silo.Storage.GroupCommit;
using LibraryLive.Staff;
using LibraryLive.Students;
using Orleans.Storage;

namespace LibraryLive.Tests.Storage;

[Collection(StorageCollection.Name)]
public sealed class GroupCommitTests(StorageFixture fixture)
{
    private static readonly DateTimeOffset Morning = new(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task AWrittenStateIsReadBackAndWritesAgainWithItsETag()
    {
        var student = NewStudent();
        var written = new GrainState<StudentState>(new StudentState { InBuilding = true, InRoom = "B1-24H" });

        await fixture.Library.WriteStateAsync("student", student, written);
        var read = await Read<StudentState>(fixture.Library, "student", student);
        var (firstETag, firstRoom) = (read.ETag, read.State!.InRoom);
        read.State!.InRoom = null;
        await fixture.Library.WriteStateAsync("student", student, read);
        var reread = await Read<StudentState>(fixture.Library, "student", student);

        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, firstETag);
        Assert.Equal("B1-24H", firstRoom);
        Assert.True(reread.State!.InBuilding);
        Assert.Null(reread.State!.InRoom);
        Assert.Equal(read.ETag, reread.ETag);
        Assert.NotEqual(firstETag, reread.ETag);
    }

    [Fact]
    public async Task WritesOfManyGrainsAtOnceShareTransactions()
    {
        var before = Snapshot(fixture.Gathered);
        var students = Enumerable.Range(0, 10 * StorageFixture.GatheringBatch).Select(_ => NewStudent()).ToArray();

        await Task.WhenAll(students.Select(s =>
            fixture.Gathered.WriteStateAsync("student", s, new GrainState<StudentState>(new StudentState()))));
        var after = Snapshot(fixture.Gathered);

        Assert.Equal(10, after.Requests - before.Requests);
        Assert.Equal(students.Length, after.ChangesCommitted - before.ChangesCommitted);
        Assert.Equal(0, after.ChangesRefused - before.ChangesRefused);
    }

    [Fact]
    public async Task TheShippedStorageNeedsFewerRequestsThanWrites()
    {
        var before = Snapshot(fixture.Library);
        var students = Enumerable.Range(0, 400).Select(_ => NewStudent()).ToArray();

        await Task.WhenAll(students.Select(s =>
            fixture.Library.WriteStateAsync("student", s, new GrainState<StudentState>(new StudentState()))));
        var after = Snapshot(fixture.Library);

        Assert.Equal(students.Length, after.ChangesCommitted - before.ChangesCommitted);
        Assert.True(after.Requests - before.Requests < students.Length,
            $"{students.Length} writes took {after.Requests - before.Requests} requests.");
    }

    [Fact]
    public async Task AStaleETagFailsOnlyItsGrainWhileTheRestOfItsBatchIsStored()
    {
        var students = Enumerable.Range(0, StorageFixture.GatheringBatch).Select(_ => NewStudent()).ToArray();
        var states = students.Select(_ => new GrainState<StudentState>(new StudentState())).ToArray();
        await WriteAll(students, states);
        var stale = new GrainState<StudentState>(new StudentState { InRoom = "stale" }) { ETag = states[4].ETag };
        await WriteAll(students, states);
        var before = Snapshot(fixture.Gathered);

        var batch = states.ToArray();
        batch[4] = stale;
        foreach (var state in states)
        {
            state.State!.InBuilding = true;
        }

        var writes = students.Select((s, i) => fixture.Gathered.WriteStateAsync("student", s, batch[i])).ToArray();
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => writes[4]);
        await Task.WhenAll(writes.Where((_, i) => i != 4));
        var after = Snapshot(fixture.Gathered);

        Assert.Contains(students[4].ToString(), conflict.Message);
        Assert.Equal(1, after.Requests - before.Requests);
        Assert.Equal(StorageFixture.GatheringBatch - 1, after.ChangesCommitted - before.ChangesCommitted);
        Assert.Equal(1, after.ChangesRefused - before.ChangesRefused);
        var kept = await Read<StudentState>(fixture.Gathered, "student", students[4]);
        Assert.Null(kept.State!.InRoom);
        Assert.False(kept.State!.InBuilding);
        Assert.True((await Read<StudentState>(fixture.Gathered, "student", students[9])).State!.InBuilding);
    }

    [Fact]
    public async Task AStaleETagOnAWriteSentAloneIsAConflictToo()
    {
        var student = NewStudent();
        var current = new GrainState<StudentState>(new StudentState());
        await fixture.Library.WriteStateAsync("student", student, current);
        var stale = new GrainState<StudentState>(new StudentState { InBuilding = true }) { ETag = current.ETag };
        await fixture.Library.WriteStateAsync("student", student, current);

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => fixture.Library.WriteStateAsync("student", student, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(
            () => fixture.Library.ClearStateAsync("student", student, stale));

        Assert.False((await Read<StudentState>(fixture.Library, "student", student)).State!.InBuilding);
    }

    [Fact]
    public async Task AClearedStateIsGoneAndCanBeWrittenAnew()
    {
        var student = NewStudent();
        var state = new GrainState<StudentState>(new StudentState { InBuilding = true });
        await fixture.Library.WriteStateAsync("student", student, state);

        await fixture.Library.ClearStateAsync("student", student, state);
        var cleared = await Read<StudentState>(fixture.Library, "student", student);
        await fixture.Library.WriteStateAsync("student", student, state);

        Assert.False(cleared.RecordExists);
        Assert.Null(cleared.ETag);
        Assert.False(cleared.State!.InBuilding);
        Assert.True((await Read<StudentState>(fixture.Library, "student", student)).RecordExists);
    }

    [Fact]
    public async Task AStateLargerThanOnePropertySpansSeveral()
    {
        var day = NewDay();
        var state = new GrainState<UnknownCardsState>(new UnknownCardsState { Swipes = Swipes(3_000) });

        await fixture.Library.WriteStateAsync("unknown-cards", day, state);
        var read = await Read<UnknownCardsState>(fixture.Library, "unknown-cards", day);
        var properties = await StoredStateProperties(day);

        Assert.Equal(3_000, read.State!.Swipes.Count);
        Assert.Equal(state.State!.Swipes[^1], read.State!.Swipes[^1]);
        Assert.True(properties > 1, $"The state took {properties} property.");
    }

    [Fact]
    public async Task AStateTooLargeForOneEntityIsRefusedWithItsSize()
    {
        var day = NewDay();
        var state = new GrainState<UnknownCardsState>(new UnknownCardsState { Swipes = Swipes(12_000) });

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => fixture.Library.WriteStateAsync("unknown-cards", day, state));

        Assert.Contains($"The 'unknown-cards' state of grain {day} is ", refused.Message);
        Assert.Contains("bytes one Azure Table entity can hold", refused.Message);
        Assert.False((await Read<UnknownCardsState>(fixture.Library, "unknown-cards", day)).RecordExists);
    }

    [Fact]
    public void OptionsOutsideAzureLimitsAreRefused()
    {
        var options = new GroupCommitOptions
        {
            TableName = "library-state",
            PartitionCount = 0,
            MaxBatchSize = 101,
            MaxLinger = TimeSpan.FromMilliseconds(-1),
        };

        var result = new GroupCommitOptionsValidator().Validate(StorageNames.Library, options);

        Assert.Equal(4, result.Failures!.Count());
    }

    private static GrainId NewStudent() => GrainId.Create("student", "S" + Guid.NewGuid().ToString("N"));

    private static GrainId NewDay() => GrainId.Create("unknowncards", Guid.NewGuid().ToString("N"));

    private static List<GateSwipe> Swipes(int count) => Enumerable.Range(0, count)
        .Select(i => new GateSwipe($"unknown-{i:D6}-{Guid.NewGuid():N}", $"CARD-{i:D8}", "G-MAIN-1",
            SwipeDirection.In, Morning.AddSeconds(i)))
        .ToList();

    private static (long Requests, long ChangesCommitted, long ChangesRefused) Snapshot(
        GroupCommitGrainStorage storage) =>
        (storage.Counters.Requests, storage.Counters.ChangesCommitted, storage.Counters.ChangesRefused);

    private static async Task<GrainState<T>> Read<T>(IGrainStorage storage, string stateName, GrainId grainId)
    {
        var state = new GrainState<T>();
        await storage.ReadStateAsync(stateName, grainId, state);
        return state;
    }

    private async Task WriteAll(GrainId[] students, GrainState<StudentState>[] states) =>
        await Task.WhenAll(students.Select((s, i) => fixture.Gathered.WriteStateAsync("student", s, states[i])));

    private async Task<int> StoredStateProperties(GrainId grainId)
    {
        var table = new Azure.Data.Tables.TableServiceClient(fixture.StorageConnectionString)
            .GetTableClient("LibraryState");
        var key = grainId.Key.ToString()!;
        await foreach (var entity in table.QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            if (entity.RowKey.Contains(key))
            {
                return entity.Keys.Count(k => k.StartsWith("State", StringComparison.Ordinal));
            }
        }

        return 0;
    }
}
