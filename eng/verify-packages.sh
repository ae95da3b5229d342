#!/usr/bin/env bash
# Proves the packages work as a user receives them, after the tests pass:
#   1. pack FactCheck, FactCheck.FluentAssertions, FactCheck.Extraction(.AI) and the factcheck tool into a local folder;
#   2. create a fresh consumer project that takes FactCheck* from that folder only, compile the packages'
#      README examples in it, and run its xunit tests;
#   3. install the tool from the same folder into a tool path and check a sample with it;
#   4. publish a trimmed, self-contained app that uses the library, with every trim/AOT warning an error.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A version of its own, so that no package cached by an earlier run stands in for this build.
version="0.1.0-verify.$(date -u +%Y%m%d%H%M%S)"
feed="$work/feed"

echo "== pack ($version)"
dotnet pack "$root/FactCheck.sln" -c Release -o "$feed" -p:Version="$version" --nologo -v quiet
ls "$feed"

echo "== consumer project, FactCheck* from the local folder only"
consumer="$work/consumer"
mkdir -p "$consumer"
cat > "$consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="FactCheck*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
cat > "$consumer/Consumer.Tests.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <IsPackable>false</IsPackable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="FactCheck" Version="$version" />
    <PackageReference Include="FactCheck.FluentAssertions" Version="$version" />
    <PackageReference Include="FactCheck.Extraction" Version="$version" />
    <PackageReference Include="FactCheck.Extraction.AI" Version="$version" />
    <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.0" />
    <PackageReference Include="FluentAssertions" Version="6.12.0" />
    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
    <PackageReference Include="xunit" Version="2.9.3" />
    <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
  </ItemGroup>
</Project>
XML
# The README examples, exactly as printed, are the consumer's code.
awk '/^```csharp$/{f=1;next} /^```$/{f=0} f' "$root/src/FactCheck/README.md" > "$consumer/PackageExample.cs"
awk '/^```csharp$/{f=1;next} /^```$/{f=0} f' "$root/src/FactCheck.FluentAssertions/README.md" > "$consumer/ArticleTests.cs"
awk '/^```csharp$/{f=1;next} /^```$/{f=0} f' "$root/src/FactCheck.Extraction/README.md" > "$consumer/ExtractionExample.cs"
awk '/^```csharp$/{f=1;next} /^```$/{f=0} f' "$root/src/FactCheck.Extraction.AI/README.md" > "$consumer/ModelExtraction.cs"
cat > "$consumer/PackageExampleTests.cs" <<'CS'
using FactCheck;
using FactCheck.FluentAssertions;
using Xunit;

public class PackageExampleTests
{
    [Fact]
    public void The_library_README_example_finds_the_target_gap() =>
        PackageExample.Run().Should().HaveFinding("FC002").Involving("afg-now", "afg-trump").WithEvidence("daysLeft", 55);

    [Fact]
    public void The_extraction_README_example_finds_the_gap_in_the_article() =>
        ExtractionExample.Run().Should().HaveFinding("FC002");
}
CS
(cd "$consumer" && dotnet test --nologo -v quiet)
if find "$HOME/.nuget/packages/factcheck" -maxdepth 1 -name "$version" | grep -q .; then echo "consumer restored FactCheck $version from $feed"; fi

echo "== tool from the same folder"
(cd "$work" && dotnet tool install FactCheck.Cli --tool-path "$work/tools" --add-source "$feed" --version "$version")
set +e
"$work/tools/factcheck" check "$root/samples/us-force-levels-2020.claims.json" > "$work/tool.txt"
code=$?
set -e
cat "$work/tool.txt"
[ "$code" -eq 0 ] || { echo "factcheck exited with $code"; exit 1; }
grep -q '^25 claims checked: 0 errors, 4 warnings, 1 info.$' "$work/tool.txt" || { echo "the tool did not give the seed findings"; exit 1; }

echo "== trimmed, self-contained publish with trim and AOT analyzers"
dotnet publish "$root/tests/FactCheck.TrimSmoke" -c Release -o "$work/trimmed" --nologo -v quiet
"$work/trimmed/FactCheck.TrimSmoke" "$root/samples/us-force-levels-2020.claims.json" | tail -1 | grep -qx '25 claims: 0 errors, 4 warnings, 1 info' \
  || { echo "the trimmed app did not give the seed report"; exit 1; }
echo "trimmed app: $(du -sh "$work/trimmed" | cut -f1), no trim or AOT warnings"

echo "packages verified."
