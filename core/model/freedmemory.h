#pragma once
// FreedMemory: gives the pages of memory freed in bulk back to the system. glibc keeps freed
// pages resident in the arena of the thread that allocated them until that arena's thread
// allocates again; after a large read on a worker (or a map drawn only for a while), those pages
// would count towards the process's resident memory for as long as it runs. A no-op where the C
// library has no such call. Static; any thread.

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace tp {

class FreedMemory {
public:
    static void release() {
#ifdef __GLIBC__
        malloc_trim(0);
#endif
    }
};

} // namespace tp
