/*
 * How dear memory is the first time a process writes it, on the machine at hand.
 *
 *     cc -O2 -pthread -o /tmp/fresh-memory benchmarks/machine/fresh-memory.c && /tmp/fresh-memory
 *
 * Each round maps 256 MiB with huge-page advice, as the command's heap is, and writes one byte in every 4 KiB page:
 * once from one thread, once from two threads each writing its own half; then writes all of it again. A pause before
 * each round lets the machine take back what the last one freed. On the two-core virtual machines FactCheck is
 * measured on, the first write cost 25 to 65 times the second (benchmarks/README.md, eighteenth pass).
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#define SIZE (256UL << 20)

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

struct range { char *from; size_t length; };

static void *touch(void *arg)
{
    struct range *r = arg;
    for (size_t i = 0; i < r->length; i += 4096) r->from[i] = 1;
    return NULL;
}

static char *fresh(void)
{
    char *p = mmap(NULL, SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) { perror("mmap"); _exit(1); }
    madvise(p, SIZE, MADV_HUGEPAGE);
    return p;
}

int main(void)
{
    for (int round = 1; round <= 3; round++)
    {
        sleep(3);
        char *p = fresh();
        struct range all = { p, SIZE };
        double t = now_ms();
        touch(&all);
        double one = now_ms() - t;
        t = now_ms();
        memset(p, 2, SIZE);
        double again = now_ms() - t;
        munmap(p, SIZE);

        sleep(3);
        p = fresh();
        struct range halves[2] = { { p, SIZE / 2 }, { p + SIZE / 2, SIZE / 2 } };
        pthread_t other;
        t = now_ms();
        pthread_create(&other, NULL, touch, &halves[1]);
        touch(&halves[0]);
        pthread_join(other, NULL);
        double two = now_ms() - t;
        munmap(p, SIZE);

        printf("round %d: first write, one thread %.0f ms (%.2f GB/s); two threads %.0f ms (%.2f GB/s); written again %.1f ms (%.1f GB/s)\n",
               round, one, SIZE / one / 1e6, two, SIZE / two / 1e6, again, SIZE / again / 1e6);
    }
    return 0;
}
