using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace LibraryLive.Silo.Storage.GroupCommit;

public static class GroupCommitStorageExtensions
{
    /// <summary>
    /// Adds the grain storage <paramref name="name"/>: grain state in a table of <paramref name="tables"/>, the
    /// writes of many grains stored together in transactions. Its options (<see cref="GroupCommitOptions"/>)
    /// are validated when the silo starts; the state serializer is Orleans' default unless one is configured.
    /// </summary>
    public static ISiloBuilder AddGroupCommitGrainStorage(
        this ISiloBuilder silo,
        string name,
        TableServiceClient tables,
        Action<OptionsBuilder<GroupCommitOptions>>? configure = null)
    {
        var options = silo.Services.AddOptions<GroupCommitOptions>(name);
        configure?.Invoke(options);
        options.ValidateOnStart();

        silo.Services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<GroupCommitOptions>, GroupCommitOptionsValidator>());
        silo.Services.TryAddEnumerable(ServiceDescriptor.Transient<IPostConfigureOptions<GroupCommitOptions>,
            DefaultStorageProviderSerializerOptionsConfigurator<GroupCommitOptions>>());
        silo.Services.AddGrainStorage(name, (services, key) =>
            ActivatorUtilities.CreateInstance<GroupCommitGrainStorage>(
                services,
                key,
                services.GetRequiredService<IOptionsMonitor<GroupCommitOptions>>().Get(key),
                tables));
        return silo;
    }
}
