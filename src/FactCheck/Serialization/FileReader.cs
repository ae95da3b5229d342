using System.Text.Json;

namespace FactCheck.Serialization;

/// <summary>Reads one file's top level: the format, title and date, then each source, entity, relation and claim.</summary>
internal sealed class FileReader(ReadSession session, JsonStreamReader reader, string? file)
{
    private readonly NodeReader nodes = new(session, file);
    private readonly JsonNode.Pool pool = new();
    private NodaTime.LocalDate? asOf = session.Options.AsOf;
    private FieldPath current = "$";

    /// <summary>
    /// The path of what is being read, for a problem the JSON itself has there. Within the claims array it is
    /// <c>$.claims</c> until such a problem comes, and then the claim's own path.
    /// </summary>
    internal string CurrentPath => current.ToString();

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
            current = "$." + name;
            switch (name)
            {
                case "format":
                    sawFormat = true;
                    ReadFormat();
                    break;
                case "title":
                    var title = nodes.String(JsonNode.Read(reader), "$.title", required: false);
                    if (!string.IsNullOrWhiteSpace(title) && !session.Titled)
                    {
                        session.Builder.Titled(title);
                        session.Titled = true;
                    }
                    break;
                case "asOf":
                    var stated = nodes.Date(JsonNode.Read(reader), "$.asOf");
                    asOf = session.Options.AsOf ?? stated;
                    if (asOf is { } day && !session.Dated)
                    {
                        session.Builder.AsOf(day);
                        session.Dated = true;
                    }
                    break;
                case "sources": ReadArray("sources", ReadSource); break;
                case "entities": ReadArray("entities", ReadEntity); break;
                case "relations": ReadArray("relations", ReadRelation); break;
                case "claims":
                    sawClaims = true;
                    ReadClaims();
                    break;
                default:
                    if (!name.StartsWith("x-", StringComparison.Ordinal))
                    {
                        session.Problem(file, "$." + name, at, $"Unknown field '{name}'; a claim set has format, title, asOf, sources, entities, relations and claims (extensions are named \"x-…\").");
                    }
                    reader.SkipValue();
                    break;
            }
            current = "$";
            if (session.Full) return;
        }
        current = "$";
        if (reader.Read())
        {
            session.Problem(file, "$", reader.Position, "The file goes on after the claim set's closing brace.");
        }
        if (!sawFormat) session.Problem(file, "$.format", start, $"The field 'format' is missing; it must be \"{ClaimSetReader.Format}\".");
        if (!sawClaims) session.Problem(file, "$.claims", start, "The field 'claims' is missing; a claim set lists its claims, even if none.");
    }

    private void ReadFormat()
    {
        var node = JsonNode.Read(reader);
        if (node.Kind != JsonValueKind.String)
        {
            session.Problem(file, "$.format", node.Position, $"The format must be the string \"{ClaimSetReader.Format}\"; got {node.KindName}.");
        }
        else if (node.Text != ClaimSetReader.Format)
        {
            session.Problem(file, "$.format", node.Position, $"This reader reads \"{ClaimSetReader.Format}\"; the file is \"{node.Text}\".");
        }
    }

    private bool StartArray(string field)
    {
        if (reader.TokenType == JsonTokenType.StartArray) return true;
        session.Problem(file, "$." + field, reader.Position, $"'{field}' must be an array; got {JsonNode.Read(reader).KindName}.");
        return false;
    }

    private void ReadArray(string field, Action<JsonValue, FieldPath> read)
    {
        if (!StartArray(field)) return;
        var parent = "$." + field;
        for (var index = 0; !session.Full; index++)
        {
            var path = new FieldPath(parent, index, null);
            current = path;
            if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray) return;
            var node = JsonNode.Read(reader, pool);
            if (node.Kind != JsonValueKind.Object) nodes.Problem(path, node, $"Each entry of '{field}' is an object; got {node.KindName}.");
            else read(node, path);
            pool.Return(node);
        }
    }

    /// <summary>How many claims are read before the tables are sized for the rest of the file.</summary>
    private const int SizingSample = 1024;

    /// <summary>Reads the claims array: this thread reads the JSON, the pipeline turns it into claims beside it.</summary>
    private void ReadClaims()
    {
        if (!StartArray("claims")) return;
        var converter = new ClaimReader(nodes, asOf);
        var pipeline = new ClaimPipeline(converter, nodes, pool, reader.Options);
        var layout = session.Options.ReadsClaimBytes ? new ClaimLayout() : null;
        var start = reader.Consumed;
        var index = 0;
        try
        {
            try
            {
                for (; !pipeline.Stopped; index++)
                {
                    if (index == SizingSample && reader.Length is { } length)
                    {
                        pipeline.Expect(ReadSession.MoreClaims(index, reader.Consumed - start, length - reader.Consumed));
                    }
                    if (!(reader.TryReadNextClaim() || reader.Read()) || reader.TokenType == JsonTokenType.EndArray) break;
                    if (layout is not null && reader.TryPeekObject(layout, out var bytes) && ClaimBytesReader.MayTake(bytes, layout))
                    {
                        // Handed over as its bytes, with where its fields stand, for the converter to draft; numbered with its batch,
                        // as every claim is, before it is converted (see ClaimPipeline).
                        var id = layout.StringOf(KnownField.Id) is { } idAt ? System.Text.Encoding.UTF8.GetString(bytes.Slice(idAt.Start, idAt.Length)) : null;
                        pipeline.Add(bytes, layout, reader.Position, index, id, ClaimBytesReader.IsIdentifier(id));
                        reader.SkipPeeked();
                        continue;
                    }
                    pipeline.Add(JsonNode.Read(reader, pool), index);
                }
            }
            finally
            {
                // Every claim read so far is converted before anything else is reported, as a one-thread read would.
                pipeline.Complete();
            }
        }
        catch (JsonFormatException)
        {
            // The claim's path is set only for the problem, whether the reading or the converting found it, and not as
            // each claim is read: a field this thread wrote for every claim shared a cache line with what the converter
            // reads for every claim, on the other core.
            current = new FieldPath("$.claims", index, null);
            throw;
        }
    }

    private void ReadSource(JsonValue node, FieldPath path)
    {
        nodes.Owner = node.Position;
        nodes.OnlyFields(node, path, "source", "id", "title", "publisher", "published", "url", "trust", "utcOffset");
        var id = nodes.Id(node, path, session.SourceIds, "source");
        var title = nodes.String(node["title"], path.Field("title"), false);
        var publisher = nodes.String(node["publisher"], path.Field("publisher"), false);
        var published = nodes.Date(node["published"], path.Field("published"));
        var url = nodes.String(node["url"], path.Field("url"), false);
        var trust = nodes.Trust(node["trust"], path.Field("trust"));
        var offset = nodes.Offset(node["utcOffset"], path.Field("utcOffset"));
        if (id is null) return;
        session.AddSource(new Source(id, title, publisher, published, url, trust) { UtcOffset = offset });
    }

    private void ReadEntity(JsonValue node, FieldPath path)
    {
        nodes.Owner = node.Position;
        nodes.OnlyFields(node, path, "entity", "id", "kind", "name", "aliases", "singular", "cumulative");
        var id = nodes.Id(node, path, session.EntityIds, "entity");
        var name = nodes.String(node["name"], path.Field("name"), true);
        var kind = nodes.String(node["kind"], path.Field("kind"), false);
        var aliases = nodes.Strings(node["aliases"], path.Field("aliases"));
        var singular = nodes.Flag(node["singular"], path.Field("singular"), "singular");
        var cumulative = nodes.Flag(node["cumulative"], path.Field("cumulative"), "cumulative");
        if (id is not null && name is not null) session.Builder.Add(new Entity(id, name, kind, aliases) { Singular = singular, Cumulative = cumulative });
    }

    private void ReadRelation(JsonValue node, FieldPath path)
    {
        nodes.Owner = node.Position;
        nodes.OnlyFields(node, path, "relation", "part", "whole", "parts", "complete");
        if (!node["parts"].IsMissing)
        {
            ReadParts(node, path);
            return;
        }
        if (!node["complete"].IsMissing) nodes.Problem(path.Field("complete"), node["complete"], "'complete' goes with a list of 'parts': it says they are all of the whole.");
        var part = nodes.Identifier(node["part"], path.Field("part"), true);
        var whole = nodes.Identifier(node["whole"], path.Field("whole"), true);
        if (part is null || whole is null) return;
        if (ClaimChecks.RelationSubjects(part, whole) is { } problem)
        {
            nodes.Problem(path.Field("whole"), node["whole"], problem.Message);
            return;
        }
        session.Builder.PartOf(part, whole);
    }

    /// <summary>A relation that lists its parts: <c>{ "whole": …, "parts": […], "complete": true }</c>.</summary>
    private void ReadParts(JsonValue node, FieldPath path)
    {
        var ok = true;
        if (!node["part"].IsMissing)
        {
            nodes.Problem(path.Field("part"), node["part"], "A relation has 'part' or 'parts', not both.");
            ok = false;
        }
        var whole = nodes.Identifier(node["whole"], path.Field("whole"), true);
        var complete = nodes.Flag(node["complete"], path.Field("complete"), "complete");
        var list = node["parts"];
        var listPath = path.Field("parts");
        if (list.Kind != JsonValueKind.Array)
        {
            nodes.Problem(listPath, list, $"'parts' is an array of subject ids; got {list.KindName}.");
            return;
        }
        var parts = new List<string>(list.Items.Count);
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (nodes.Identifier(list.Items[i], listPath.Item(i), true) is { } part) parts.Add(part);
            else ok = false;
        }
        if (!ok || whole is null) return;
        if (Relation.PartsProblem(whole, parts, out var at) is { } problem)
        {
            nodes.Problem(at < 0 ? listPath : listPath.Item(at), at < 0 ? list : list.Items[at], problem + ".");
            return;
        }
        session.Builder.Add(new Relation(whole, parts, complete));
    }
}
