"""One night: landing files in, the warehouse published whole (pipeline), through stages of one shape."""
