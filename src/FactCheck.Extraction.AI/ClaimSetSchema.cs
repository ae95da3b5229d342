using System.Text.Json;

namespace FactCheck.Extraction.AI;

/// <summary>The JSON schema of a <c>factcheck/claims@1</c> document, as structured output asks a model to follow it.</summary>
/// <remarks>The reader remains the judge: the schema only steers the model; every answer is read and validated by <c>ClaimSetReader</c>.</remarks>
public static class ClaimSetSchema
{
    private const string Text = """
        {
          "type": "object",
          "required": ["format", "sources", "claims"],
          "properties": {
            "format": { "const": "factcheck/claims@1" },
            "sources": { "type": "array", "items": { "type": "object", "required": ["id"], "properties": {
              "id": { "type": "string" }, "title": { "type": "string" }, "published": { "type": "string" },
              "utcOffset": { "type": "string", "description": "where the source writes from, when its dates are local: '-05:00', '+05:00'" } } } },
            "claims": { "type": "array", "items": { "type": "object", "required": ["id", "kind", "source", "quote"], "properties": {
              "id": { "type": "string" },
              "kind": { "enum": ["observation", "target", "change", "event", "mention", "share"] },
              "subject": { "type": "string", "description": "<who>-<what>/<where>, lower case: us-troops/afghanistan" },
              "value": { "type": "string", "description": "as stated: '8,600', 'about 5,200', 'between 4,000 and 5,000', 'less than 5,000', 'dozens'" },
              "unit": { "type": "string" },
              "time": { "type": "string", "description": "2020-09-09, 2020-09, 2020, late 2018, 2020-03/2020-09, relative: last month, on Tuesday; with a time of day only with its UTC offset: 2023-02-07T08:00+03:00" },
              "deadline": { "type": "string" }, "stated": { "type": "string" },
              "direction": { "enum": ["increase", "decrease", "unchanged"] },
              "magnitude": { "type": "string", "description": "'significant', '2,200', '10%', '8 percentage points', 'doubled', 'halved', '3 times'" },
              "tense": { "enum": ["past", "future"], "description": "on events, targets and changes: 'future' for what will happen (a plan)" },
              "basis": { "type": "string", "description": "on observations, targets and shares: what the figure counts when sources count differently ('including the Speaker', 'gross')" },
              "projection": { "type": "boolean", "description": "on observations: true for a forecast of the figure, not a report of it" },
              "revises": { "type": "string", "description": "on observations: the id of an earlier observation this figure corrects or updates" },
              "weekday": { "type": "string" }, "name": { "type": "string" }, "entity": { "type": "string" }, "role": { "type": "string" },
              "singular": { "type": "boolean", "description": "on mentions: true when only one person holds the role at a time (a prime minister)" },
              "part": { "type": "string" }, "whole": { "type": "string" },
              "source": { "type": "string" }, "attribution": { "type": "string" },
              "quote": { "type": "string", "description": "the article's exact words the claim comes from" } } } }
          }
        }
        """;

    /// <summary>The schema as a JSON element.</summary>
    public static JsonElement Element { get; } = JsonDocument.Parse(Text).RootElement.Clone();
}
