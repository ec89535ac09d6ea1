using BenchmarkDotNet.Attributes;
using CxOkr.Text;
using CxOkr.Text.Icu;

namespace CxOkr.Benchmarks;

/// <summary>
/// Tagging 1,000,000 comments (English, Vietnamese, Thai, one to three phrases each) with 50 topics, on one thread
/// (issue 16 target: under 10 s), with the core's Unicode segmenter and with the ICU segmenter the tool uses.
/// </summary>
[MemoryDiagnoser]
public class TopicTaggingBenchmarks
{
    private static readonly string[] Phrases =
    [
        "the bill was wrong", "my invoice is confusing", "I was charged twice", "waiting on hold for 40 minutes", "I waited too long",
        "friendly staff", "the agent was helpful", "the app crashed", "the forms are confusing", "great service", "please don't rebill me",
        "hóa đơn sai", "phải chờ lâu", "chờ đợi quá lâu", "nhân viên thân thiện", "ứng dụng bị lỗi", "biểu mẫu khó điền", "chở hàng chậm",
        "บิลผิด", "รอนานมาก", "ต้องรอสายนาน", "พนักงานสุภาพ", "แอปค้างบ่อย", "กรอกข้อมูลยาก", "บริการดี", "ส่งของช้า",
    ];

    private static readonly string[] Vocabulary =
    [
        "bill", "invoice", "charged", "twice", "wait*", "on hold", "friendly", "helpful", "app", "form*", "service", "rebill", "agent",
        "hóa đơn", "chờ", "nhân viên", "ứng dụng", "biểu mẫu", "chở", "dịch vụ", "บิล", "รอ", "พนักงาน", "แอป", "กรอก", "บริการ", "ส่ง",
        "slow", "price*", "refund", "cancel*", "store", "delivery", "minutes", "long", "great", "wrong",
    ];

    private string[] comments = [];
    private TopicMatcher unicode = null!;
    private TopicMatcher icu = null!;

    [Params(1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        comments = new string[N];
        for (var i = 0; i < N; i++)
        {
            var k = random.Next(1, 4);
            comments[i] = string.Join(", ", Enumerable.Range(0, k).Select(_ => Phrases[random.Next(Phrases.Length)]));
        }

        var topics = new List<TopicDefinition>();
        for (var t = 0; t < 50; t++)
        {
            string Pick() => Vocabulary[random.Next(Vocabulary.Length)];
            topics.Add(new TopicDefinition(
                $"topic{t}",
                any: Enumerable.Range(0, random.Next(2, 6)).Select(_ => Pick()).ToArray(),
                all: t % 5 == 0 ? [Pick()] : null,
                none: t % 3 == 0 ? [Pick()] : null));
        }

        var set = new TopicSet(topics);
        unicode = new TopicMatcher(set, UnicodeWordSegmenter.Instance);
        icu = new TopicMatcher(set, new IcuWordSegmenter());
    }

    [Benchmark(Baseline = true)]
    public int UnicodeSegmenter() => Tag(unicode);

    [Benchmark]
    public int IcuSegmenter() => Tag(icu);

    private int Tag(TopicMatcher matcher)
    {
        var tagged = new bool[50];
        var count = 0;
        foreach (var comment in comments)
        {
            matcher.Tag(comment, tagged);
            count += tagged[0] ? 1 : 0;
        }

        return count;
    }
}
