using CxOkr.Alignment;
using CxOkr.Journeys;

namespace CxOkr.Tests.Alignment;

/// <summary>One graph queried from several threads gives the answers one thread gets (the link closure is cached lazily).</summary>
public sealed class CascadeGraphConcurrencyTests
{
    private const int Groups = 500;
    private const int GroupSize = 10;

    [Fact]
    public void FeedsInto_from_parallel_threads_agrees_with_the_links()
    {
        // Metrics g-0 -> g-1 -> ... -> g-9 in 500 separate chains: many small closures, so the threads
        // mostly race to fill the cache rather than to walk links.
        var links = new List<MetricLink>();
        for (var g = 0; g < Groups; g++)
        {
            for (var i = 0; i + 1 < GroupSize; i++)
            {
                links.Add(new MetricLink(Id(g, i), Id(g, i + 1)));
            }
        }

        var threads = Math.Max(4, Environment.ProcessorCount);
        for (var round = 0; round < 10; round++)
        {
            var graph = new CascadeGraph([], [], [], metricLinks: links);
            using var start = new Barrier(threads);
            var wrong = new int[threads];
            var failures = new Exception?[threads];
            var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
            {
                try
                {
                    Query(graph, start, t, wrong);
                }
                catch (Exception ex)
                {
                    failures[t] = ex;
                }
            })).ToList();
            workers.ForEach(static w => w.Start());
            workers.ForEach(static w => w.Join());
            Assert.All(failures, static f => Assert.Null(f));
            Assert.All(wrong, static w => Assert.Equal(0, w));
        }
    }

    private static void Query(CascadeGraph graph, Barrier start, int t, int[] wrong)
    {
        start.SignalAndWait();
        for (var k = 0; k < Groups * GroupSize; k++)
        {
            // Each thread walks the metrics in its own order.
            var index = (int)(((long)k * 7919 + t * 104_729) % (Groups * GroupSize));
            var (g, i) = (index / GroupSize, index % GroupSize);
            var feedsTop = graph.FeedsInto(Id(g, i), Id(g, GroupSize - 1));
            var feedsOtherGroup = graph.FeedsInto(Id(g, i), Id((g + 1) % Groups, GroupSize - 1));
            var feedsBelow = i > 0 && graph.FeedsInto(Id(g, i), Id(g, i - 1));
            if (!feedsTop || feedsOtherGroup || feedsBelow)
            {
                wrong[t]++;
            }
        }
    }

    private static string Id(int group, int index) => $"m{group}-{index}";
}
