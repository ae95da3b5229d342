using Microsoft.Extensions.AI;

namespace FactCheck.Extraction.AI.Tests;

/// <summary>A chat client that answers from a script and records what it was asked; nothing leaves the process.</summary>
internal sealed class ScriptedChatClient(params string[] answers) : IChatClient
{
    private readonly Queue<string> script = new(answers);

    public List<(List<ChatMessage> Messages, ChatOptions? Options)> Requests { get; } = [];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Requests.Add((messages.ToList(), options));
        if (script.Count == 0) throw new InvalidOperationException("The script has no more answers.");
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, script.Dequeue())));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The extractor asks for whole answers.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
