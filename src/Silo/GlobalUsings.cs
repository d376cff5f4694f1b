global using LibraryLive;
