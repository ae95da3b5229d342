using System.Collections.Immutable;
using System.Text.Json;

namespace FactCheck.Serialization;

/// <summary>
/// Reads claim-set files (<c>factcheck/claims@1</c>, see the format specification) as a stream. A file that breaks
/// the format is rejected whole with a <see cref="ClaimSetException"/> that lists every problem with its JSON path,
/// line and column; nothing is half-read. Several files are read as one claim set, ids unique across them.
/// </summary>
public sealed class ClaimSetReader
{
    /// <summary>The format identifier every file must carry.</summary>
    public const string Format = "factcheck/claims@1";

    /// <summary>A reader with the default limits.</summary>
    public ClaimSetReader()
        : this(ClaimSetReaderOptions.Default)
    {
    }

    /// <summary>A reader with <paramref name="options"/>.</summary>
    public ClaimSetReader(ClaimSetReaderOptions options) => Options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>The limits in force.</summary>
    public ClaimSetReaderOptions Options { get; }

    /// <summary>Reads one claim set from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="fileName">The name problems and locations give, or null.</param>
    /// <exception cref="ClaimSetException">The input breaks the format; every problem is listed.</exception>
    public ClaimSetDocument Read(Stream utf8Json, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var session = new ReadSession(Options);
        session.ReadFile(utf8Json, fileName);
        return session.Finish();
    }

    /// <summary>Reads the files at <paramref name="paths"/> as one claim set.</summary>
    /// <exception cref="ClaimSetException">A file is missing or unreadable, or breaks the format, or ids clash across files; every problem is listed.</exception>
    public ClaimSetDocument ReadFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var session = new ReadSession(Options);
        foreach (var path in paths)
        {
            ArgumentNullException.ThrowIfNull(path, nameof(paths));
            Stream stream;
            try
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                session.Problem(path, "$", null, $"The file cannot be read: {e.Message}");
                continue;
            }
            using (stream)
            {
                session.ReadFile(stream, path);
            }
        }
        return session.Finish();
    }

    /// <summary>Reads one claim set from a JSON string.</summary>
    /// <exception cref="ClaimSetException">The text breaks the format; every problem is listed.</exception>
    public ClaimSetDocument ReadString(string json, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Read(stream, fileName);
    }

    /// <summary>The state of one read: the builder all files feed, the ids seen, and the problems found.</summary>
    internal sealed class ReadSession(ClaimSetReaderOptions options)
    {
        private readonly ClaimSetBuilder builder = new();
        private readonly List<ClaimSetProblem> problems = [];
        private readonly Dictionary<string, ClaimLocation> sourceIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ClaimLocation> entityIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ClaimLocation> claimIds = new(StringComparer.Ordinal);
        private readonly List<(string Id, string Path, ClaimLocation Where, bool IsEntity)> references = [];
        private readonly List<(string? File, int Index, ClaimLocation Where)> claimOrigins = [];
        private readonly List<string> files = [];
        private bool titled;
        private bool dated;

        private bool Full => problems.Count >= options.MaxProblems;

        internal void Problem(string? file, string path, (int Line, int Column)? at, string message)
        {
            if (!Full) problems.Add(new ClaimSetProblem(path, message, at?.Line, at?.Column, file));
        }

        internal void ReadFile(Stream stream, string? file)
        {
            if (file is not null) files.Add(file);
            using var reader = new JsonStreamReader(stream, options.MaxDepth, options.MaxValueBytes);
            var fileReader = new FileReader(this, reader, file);
            try
            {
                fileReader.ReadDocument();
            }
            catch (JsonFormatException e)
            {
                Problem(file, fileReader.CurrentPath, e.Position, e.Message);
            }
        }

        internal ClaimSetDocument Finish()
        {
            if (options.AsOf is { } today && !dated) builder.AsOf(today);
            foreach (var (id, path, where, isEntity) in references)
            {
                if (!(isEntity ? entityIds : sourceIds).ContainsKey(id))
                {
                    Problem(where.File, path, (where.Line, where.Column),
                        isEntity ? $"The entity '{id}' is not among the entities." : $"The source '{id}' is not among the sources.");
                }
            }
            ClaimSet? set = null;
            if (problems.Count == 0)
            {
                try
                {
                    set = builder.Build();
                }
                catch (ClaimSetException e)
                {
                    foreach (var problem in e.Problems) problems.Add(Relocate(problem));
                }
            }
            if (problems.Count > 0 || set is null)
            {
                if (problems.Count >= options.MaxProblems)
                {
                    problems.Add(new ClaimSetProblem("$", $"Reading stopped after {options.MaxProblems} problems; fix these and read again."));
                }
                // Document order: file by file, then line and column; problems without a position last in their file.
                var fileOrder = files.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
                throw new ClaimSetException(problems
                    .Select((p, i) => (p, i))
                    .OrderBy(x => x.p.File is { } f && fileOrder.TryGetValue(f, out var n) ? n : int.MaxValue)
                    .ThenBy(x => x.p.Line ?? int.MaxValue).ThenBy(x => x.p.Column ?? 0).ThenBy(x => x.i)
                    .Select(x => x.p));
            }
            return new ClaimSetDocument(set, claimOrigins.Select(o => o.Where).ToImmutableArray(), [.. files]);
        }

        /// <summary>Points a problem the builder found ("$.claims[7].time", counted over all files) at its file, claim and line.</summary>
        private ClaimSetProblem Relocate(ClaimSetProblem problem)
        {
            const string prefix = "$.claims[";
            if (!problem.Path.StartsWith(prefix, StringComparison.Ordinal)) return problem;
            var close = problem.Path.IndexOf(']', StringComparison.Ordinal);
            if (!int.TryParse(problem.Path.AsSpan(prefix.Length, close - prefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var index) || index >= claimOrigins.Count)
            {
                return problem;
            }
            var (file, fileIndex, where) = claimOrigins[index];
            var path = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}{fileIndex}]{problem.Path[(close + 1)..]}");
            return problem with { Path = path, File = file, Line = where.Line, Column = where.Column };
        }

        /// <summary>Reads one file's top level and hands each object to the builder.</summary>
        private sealed class FileReader(ReadSession session, JsonStreamReader reader, string? file)
        {
            private readonly NodeReader nodes = new(session, file);
            private readonly JsonNode.Pool pool = new();
            private NodaTime.LocalDate? asOf = session.Options.AsOf;
            private int claimIndex;

            internal string CurrentPath { get; private set; } = "$";

            internal void ReadDocument()
            {
                if (!reader.Read())
                {
                    session.Problem(file, "$", (1, 1), "The file is empty; a claim set is a JSON object with \"format\" and \"claims\".");
                    return;
                }
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    session.Problem(file, "$", reader.Position, "A claim set is a JSON object with \"format\" and \"claims\"; the file starts with something else.");
                    return;
                }
                var start = reader.Position;
                bool sawFormat = false, sawClaims = false;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.Text;
                    var at = reader.Position;
                    reader.Read();
                    CurrentPath = "$." + name;
                    switch (name)
                    {
                        case "format":
                            sawFormat = true;
                            ReadFormat();
                            break;
                        case "title":
                            var title = nodes.String(JsonNode.Read(reader), "$.title", required: false);
                            if (title is not null && !session.titled) { session.builder.Titled(title); session.titled = true; }
                            break;
                        case "asOf":
                            var stated = nodes.Date(JsonNode.Read(reader), "$.asOf");
                            asOf = session.Options.AsOf ?? stated;
                            if (asOf is { } day && !session.dated) { session.builder.AsOf(day); session.dated = true; }
                            break;
                        case "sources": ReadArray("sources", ReadSource); break;
                        case "entities": ReadArray("entities", ReadEntity); break;
                        case "relations": ReadArray("relations", ReadRelation); break;
                        case "claims":
                            sawClaims = true;
                            ReadArray("claims", ReadClaim);
                            break;
                        default:
                            if (!name.StartsWith("x-", StringComparison.Ordinal))
                            {
                                session.Problem(file, "$." + name, at, $"Unknown field '{name}'; a claim set has format, title, asOf, sources, entities, relations and claims (extensions are named \"x-…\").");
                            }
                            reader.SkipValue();
                            break;
                    }
                    if (session.Full) return;
                }
                CurrentPath = "$";
                if (reader.Read())
                {
                    session.Problem(file, "$", reader.Position, "The file goes on after the claim set's closing brace.");
                }
                if (!sawFormat) session.Problem(file, "$.format", start, $"The field 'format' is missing; it must be \"{Format}\".");
                if (!sawClaims) session.Problem(file, "$.claims", start, "The field 'claims' is missing; a claim set lists its claims, even if none.");
            }

            private void ReadFormat()
            {
                var node = JsonNode.Read(reader);
                if (node.Kind != JsonValueKind.String)
                {
                    session.Problem(file, "$.format", node.Position, $"The format must be the string \"{Format}\"; got {node.KindName}.");
                }
                else if (node.Text != Format)
                {
                    session.Problem(file, "$.format", node.Position, $"This reader reads \"{Format}\"; the file is \"{node.Text}\".");
                }
            }

            private void ReadArray(string field, Action<JsonNode, string> read)
            {
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    session.Problem(file, "$." + field, reader.Position, $"'{field}' must be an array; got {JsonNode.Read(reader).KindName}.");
                    return;
                }
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var path = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$.{field}[{index}]");
                    CurrentPath = path;
                    var node = JsonNode.Read(reader, pool);
                    if (node.Kind != JsonValueKind.Object) session.Problem(file, path, node.Position, $"Each entry of '{field}' is an object; got {node.KindName}.");
                    else read(node, path);
                    pool.Return(node);
                    index++;
                    if (session.Full) return;
                }
            }

            private void ReadSource(JsonNode node, string path)
            {
                nodes.Owner = node.Position;
                nodes.OnlyFields(node, path, "source", "id", "title", "publisher", "published", "url", "trust");
                var id = nodes.Id(node, path, session.sourceIds, "source");
                var title = nodes.String(node["title"], path + ".title", false);
                var publisher = nodes.String(node["publisher"], path + ".publisher", false);
                var published = nodes.Date(node["published"], path + ".published");
                var url = nodes.String(node["url"], path + ".url", false);
                var trust = nodes.Trust(node["trust"], path + ".trust");
                if (id is not null) session.builder.Add(new Source(id, title, publisher, published, url, trust));
            }

            private void ReadEntity(JsonNode node, string path)
            {
                nodes.Owner = node.Position;
                nodes.OnlyFields(node, path, "entity", "id", "kind", "name", "aliases");
                var id = nodes.Id(node, path, session.entityIds, "entity");
                var name = nodes.String(node["name"], path + ".name", true);
                var kind = nodes.String(node["kind"], path + ".kind", false);
                var aliases = nodes.Strings(node["aliases"], path + ".aliases");
                if (id is not null && name is not null) session.builder.Add(new Entity(id, name, kind, aliases));
            }

            private void ReadRelation(JsonNode node, string path)
            {
                nodes.Owner = node.Position;
                nodes.OnlyFields(node, path, "relation", "part", "whole");
                var part = nodes.Identifier(node["part"], path + ".part", true);
                var whole = nodes.Identifier(node["whole"], path + ".whole", true);
                if (part is null || whole is null) return;
                if (part == whole)
                {
                    session.Problem(file, path + ".whole", node["whole"]!.Position, $"A subject cannot be part of itself; got '{part}' for both part and whole.");
                    return;
                }
                session.builder.PartOf(part, whole);
            }

            private void ReadClaim(JsonNode node, string path)
            {
                var index = claimIndex++;
                if (session.claimOrigins.Count >= session.Options.MaxClaims)
                {
                    session.Problem(file, path, node.Position, $"The claim set holds more than {session.Options.MaxClaims} claims, the most this reader is set to read.");
                    return;
                }
                nodes.Owner = node.Position;
                var claim = new ClaimReader(nodes, node, path, asOf).Read();
                if (claim)
                {
                    session.claimOrigins.Add((file, index, new ClaimLocation(file, node.Position.Line, node.Position.Column)));
                }
            }
        }

        /// <summary>
        /// Notes a reference to a source or entity. Most files list sources and entities before claims, so a
        /// reference to one already read is settled at once; only the others wait for the end of the reading.
        /// </summary>
        internal void Reference(string id, string claimPath, JsonNode at, string? file, bool isEntity)
        {
            if ((isEntity ? entityIds : sourceIds).ContainsKey(id)) return;
            references.Add((id, claimPath + (isEntity ? ".entity" : ".source"), new ClaimLocation(file, at.Position.Line, at.Position.Column), isEntity));
        }

        internal ClaimSetBuilder Builder => builder;

        private readonly Dictionary<string, Provenance> sourceOnly = new(StringComparer.Ordinal);

        /// <summary>One provenance per source for the many claims that say nothing more about where they come from.</summary>
        internal Provenance SourceOnly(string source)
        {
            ref var known = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sourceOnly, source, out var exists);
            if (!exists) known = new Provenance(source);
            return known!;
        }

        internal ClaimSetReaderOptions Options => options;

        internal Dictionary<string, ClaimLocation> ClaimIds => claimIds;

        /// <summary>Typed reads of small JSON values, each reporting a located problem instead of throwing.</summary>
        internal sealed class NodeReader(ReadSession session, string? file)
        {
            internal ReadSession Session => session;

            internal string? File => file;

            internal void Problem(string path, JsonNode at, string message) => session.Problem(file, path, at.Position, message);

            internal void OnlyFields(JsonNode node, string path, string what, params string[] allowed)
            {
                foreach (var (name, value) in node.Fields)
                {
                    if (Array.IndexOf(allowed, name) < 0)
                    {
                        Problem(path + "." + name, value, $"Unknown field '{name}' on a {what}; expected {string.Join(", ", allowed)} (extensions are named \"x-…\").");
                    }
                }
            }

            /// <summary>Where a missing required field is reported: the object that lacks it.</summary>
            internal (int Line, int Column)? Owner { get; set; }

            internal string? String(JsonNode? node, string path, bool required)
            {
                if (node is null || node.Kind == JsonValueKind.Null)
                {
                    if (required) session.Problem(file, path, node?.Position ?? Owner, $"The field '{path[(path.LastIndexOf('.') + 1)..]}' is required.");
                    return null;
                }
                if (node.Kind != JsonValueKind.String)
                {
                    Problem(path, node, $"Expected a string; got {node.KindName}.");
                    return null;
                }
                if (required && string.IsNullOrWhiteSpace(node.Text))
                {
                    Problem(path, node, "Expected a non-empty string.");
                    return null;
                }
                return node.Text;
            }

            internal string? Identifier(JsonNode? node, string path, bool required)
            {
                var text = String(node, path, required);
                if (text is null) return null;
                if (string.IsNullOrWhiteSpace(text) || text.Trim().Length != text.Length)
                {
                    Problem(path, node!, $"An id must be non-empty, without leading or trailing spaces; got '{text}'.");
                    return null;
                }
                return text;
            }

            internal string? Id(JsonNode node, string path, Dictionary<string, ClaimLocation> seen, string what)
            {
                var idNode = node["id"];
                var id = Identifier(idNode, path + ".id", true);
                if (id is null) return null;
                var here = new ClaimLocation(file, idNode!.Position.Line, idNode.Position.Column);
                if (!seen.TryAdd(id, here))
                {
                    var first = seen[id];
                    Problem(path + ".id", idNode, $"The {what} id '{id}' is used twice; it was first used at {first}.");
                    return null;
                }
                return id;
            }

            internal NodaTime.LocalDate? Date(JsonNode? node, string path)
            {
                var text = String(node, path, false);
                if (text is null) return null;
                var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
                if (parsed.Success && parsed.Value.Year is >= 1 and <= 9998) return parsed.Value;
                Problem(path, node!, FuzzyTimeParser.TryParse(text, null, out var time, out var error) && time.Precision != TimePrecision.Day
                    ? $"Expected a day such as '2020-09-09'; got '{text}'."
                    : error.Length > 0 ? error : $"'{text}' is not a date such as '2020-09-09'.");
                return null;
            }

            internal SourceTrust Trust(JsonNode? node, string path)
            {
                var text = String(node, path, false);
                switch (text)
                {
                    case null or "normal": return SourceTrust.Normal;
                    case "reference": return SourceTrust.Reference;
                    case "low": return SourceTrust.Low;
                    default:
                        Problem(path, node!, $"Trust is 'reference', 'normal' or 'low'; got '{text}'.");
                        return SourceTrust.Normal;
                }
            }

            internal List<string> Strings(JsonNode? node, string path)
            {
                var result = new List<string>();
                if (node is null || node.Kind == JsonValueKind.Null) return result;
                if (node.Kind != JsonValueKind.Array)
                {
                    Problem(path, node, $"Expected an array of strings; got {node.KindName}.");
                    return result;
                }
                for (var i = 0; i < node.Items.Count; i++)
                {
                    var item = String(node.Items[i], string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path}[{i}]"), true);
                    if (item is not null) result.Add(item);
                }
                return result;
            }
        }
    }
}
