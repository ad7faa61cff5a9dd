import CRelaisSystem

/// glibc's malloc keeps the memory a program frees for its own later use: once validate let go of the loaded
/// content, the resident size stayed near its highest through render, some 100 MB above the heap (heaptrack, 10,000
/// aids). Handing the free pages back at the few moments a build lets go of much keeps the peak near what it uses,
/// for a few milliseconds each time.
enum FreedMemory {
    static func giveBack() { relais_release_free_memory() }
}
