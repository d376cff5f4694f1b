using LibraryLive.Desk;
using LibraryLive.Registry;
using LibraryLive.Web.Api;
using Microsoft.AspNetCore.SignalR;

namespace LibraryLive.Web.Staff;

public interface IStaffScreen
{
    Task DeskEvent(DeskEvent deskEvent);
}

public interface IStudentScreen
{
    Task Notice(DeskEvent notice);
}

/// <summary>The staff console: every desk event live, and the whole board on request.</summary>
// Limitation: open to anyone until access is secured (a later issue); it shows student ids.
public sealed class StaffHub(IGrainFactory grains) : Hub<IStaffScreen>
{
    public const string Path = "/hubs/staff";

    public const string Group = "staff";

    public override Task OnConnectedAsync() => Groups.AddToGroupAsync(Context.ConnectionId, Group);

    public Task<DeskBoard> Board() => grains.GetGrain<IFrontDeskGrain>(IFrontDeskGrain.Key).GetBoard();
}

/// <summary>A student's own connection: reminders and notices about their booking, and nobody else's.</summary>
public sealed class StudentHub(StudentRegistry registry) : Hub<IStudentScreen>
{
    public const string Path = "/hubs/student";

    public static string GroupOf(string studentId) => $"student:{studentId}";

    public override async Task OnConnectedAsync()
    {
        var studentId = StudentIdentity.Resolve(Context.GetHttpContext()!, registry, out _)
            ?? throw new HubException($"Say which student is listening with the {StudentIdentity.Header} header.");
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(studentId));
    }
}
