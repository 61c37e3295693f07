"""Where the operating system comes in: folders, power and metering, start at login. No Qt."""
