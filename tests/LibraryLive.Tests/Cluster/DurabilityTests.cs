using Azure.Data.Tables;
using LibraryLive.Gates;
using LibraryLive.Students;

namespace LibraryLive.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class DurabilityTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AnAcknowledgedSwipeIsAlreadyInTableStorage()
    {
        var student = TestStudents.Next();
        var eventId = "durable-" + Guid.NewGuid().ToString("N");

        await fixture.Grains.GetGrain<IStudentGrain>(student.Id)
            .Swipe(new GateSwipe(eventId, student.CardId, "G-MAIN-1", SwipeDirection.In, fixture.Clock.GetUtcNow()));

        // Read the table directly, not through any grain: what was acknowledged must be stored already,
        // so a process killed right after the answer loses nothing.
        var table = new TableServiceClient(fixture.StorageConnectionString).GetTableClient("LibraryState");
        var stored = false;
        await foreach (var entity in table.QueryAsync<TableEntity>())
        {
            stored |= ((IDictionary<string, object>)entity).Values.Any(value => value switch
            {
                string text => text.Contains(eventId),
                byte[] bytes => System.Text.Encoding.UTF8.GetString(bytes).Contains(eventId),
                _ => false,
            });
        }

        Assert.True(stored, $"No stored grain state mentions swipe {eventId}.");
    }
}
