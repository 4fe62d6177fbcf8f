// Machine probe for side-by-side timings on a shared VM: the round trip of one cache line between CPU 0 and CPU 1
// (two pinned threads hand a flag back and forth), and the latency of one dependent load from memory (a random
// pointer chase over 512 MB). On an AMD EPYC host two vCPUs on one core complex bounce a line in about 100 ns; on
// two complexes (separate L3 caches) in about 450 ns, and a multi-threaded run pays that for every line one thread
// writes and the other reads. With "touch", the cost of the first touch of fresh memory advised for huge pages, as
// the engine's large arrays are: on the development VM 0.5-1.7 ms a MB when the host has not backed the pages yet,
// against about 0.06 ms a MB once it has. Build and run: benchmarks/machine/probe.sh
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>

static _Alignas(64) atomic_int flag;
enum { Trips = 2000000 };

static void pin(int cpu)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    pthread_setaffinity_np(pthread_self(), sizeof set, &set);
}

static double seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static void *pong(void *arg)
{
    (void)arg;
    pin(1);
    for (int i = 0; i < Trips; i++)
    {
        while (atomic_load_explicit(&flag, memory_order_acquire) != 1) { }
        atomic_store_explicit(&flag, 0, memory_order_release);
    }
    return NULL;
}

static double round_trip_ns(void)
{
    pthread_t t;
    pthread_create(&t, NULL, pong, NULL);
    pin(0);
    double start = seconds();
    for (int i = 0; i < Trips; i++)
    {
        atomic_store_explicit(&flag, 1, memory_order_release);
        while (atomic_load_explicit(&flag, memory_order_acquire) != 0) { }
    }
    double ns = (seconds() - start) * 1e9 / Trips;
    pthread_join(t, NULL);
    return ns;
}

static double dependent_load_ns(void)
{
    size_t n = (512u << 20) / sizeof(size_t);
    size_t *next = malloc(n * sizeof(size_t));
    size_t *perm = malloc(n * sizeof(size_t));
    if (next == NULL || perm == NULL)
    {
        return -1;
    }
    for (size_t i = 0; i < n; i++)
    {
        perm[i] = i;
    }
    unsigned long long s = 88172645463325252ull; // xorshift64
    for (size_t i = n - 1; i > 0; i--)
    {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        size_t j = s % (i + 1), x = perm[i];
        perm[i] = perm[j];
        perm[j] = x;
    }
    for (size_t i = 0; i < n; i++)
    {
        next[perm[i]] = perm[(i + 1) % n]; // one cycle through every slot
    }
    const size_t steps = 20000000;
    size_t at = perm[0];
    double start = seconds();
    for (size_t i = 0; i < steps; i++)
    {
        at = next[at];
    }
    double ns = (seconds() - start) * 1e9 / steps;
    free(next);
    free(perm);
    return at == (size_t)-1 ? -1 : ns; // uses the chase's result, so it is not optimised away
}

// Milliseconds per MB to touch 512 MB of fresh anonymous memory advised for huge pages (a write every 4 KB).
static double first_touch_ms_per_mb(void)
{
    const size_t huge = 2u << 20, bytes = 512u << 20;
    char *map = mmap(NULL, bytes + huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (map == MAP_FAILED)
    {
        return -1;
    }
    char *at = (char *)(((uintptr_t)map + huge - 1) & ~(uintptr_t)(huge - 1));
    madvise(at, bytes, MADV_HUGEPAGE);
    double start = seconds();
    for (size_t i = 0; i < bytes; i += 4096)
    {
        at[i] = 1;
    }
    double ms = (seconds() - start) * 1e3 / (bytes >> 20);
    munmap(map, bytes + huge);
    return ms;
}

int main(int argc, char **argv)
{
    printf("cross-core round trip %.0f ns", round_trip_ns());
    if (argc > 1 && argv[1][0] == 'm')
    {
        printf(", dependent memory load %.0f ns", dependent_load_ns());
    }
    if (argc > 1 && argv[1][0] == 't')
    {
        double first = first_touch_ms_per_mb();
        printf(", first touch %.2f ms/MB (again at once: %.3f ms/MB)", first, first_touch_ms_per_mb());
    }
    printf("\n");
    return 0;
}
