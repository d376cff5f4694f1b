using LibraryLive.Desk;
using LibraryLive.Rooms;
using LibraryLive.Web.Lobby;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LibraryLive.Web.Staff;

/// <summary>
/// Each host observes the front desk and relays its events to the staff consoles connected here, and each
/// student's notices to that student's own connections here (a host without them sends to an empty group).
/// </summary>
public sealed class DeskRelay(
    IGrainFactory grains,
    IHubContext<StaffHub, IStaffScreen> staff,
    IHubContext<StudentHub, IStudentScreen> students,
    IOptions<PushOptions> options,
    TimeProvider time,
    ILogger<DeskRelay> logger) : BackgroundService, IDeskObserver
{
    public Task Happened(DeskEvent deskEvent)
    {
        var toStaff = staff.Clients.Group(StaffHub.Group).DeskEvent(deskEvent);
        return deskEvent.StudentId is { } studentId
            ? Task.WhenAll(toStaff, students.Clients.Group(StudentHub.GroupOf(studentId)).Notice(deskEvent))
            : toStaff;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var self = grains.CreateObjectReference<IDeskObserver>(this);
        try
        {
            await Renewal.Run(
                () => grains.GetGrain<IFrontDeskGrain>(IFrontDeskGrain.Key).Subscribe(self),
                options.Value.SubscriptionLifetime / 3,
                time,
                logger,
                stoppingToken);
        }
        finally
        {
            grains.DeleteObjectReference<IDeskObserver>(self);
        }
    }
}
