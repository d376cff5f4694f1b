global using LibraryLive.Tests.Infrastructure;
global using Microsoft.Extensions.DependencyInjection;
