#include "relais_system.h"

#if defined(__GLIBC__)
#include <malloc.h>
void relais_release_free_memory(void) {
    // Every arena, every whole free page: glibc otherwise keeps what a build freed for its own later use.
    malloc_trim(0);
}
#else
void relais_release_free_memory(void) {}
#endif
