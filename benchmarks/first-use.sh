#!/usr/bin/env bash
# The library's first use in a new process, as an application that references the packages from NuGet meets it: packs
# FactCheck and FactCheck.Extraction into a folder of their own, builds a small console application on them (portable,
# framework-dependent: what `dotnet new console` and a PackageReference give), and runs it N times, alternating with a
# copy of its output whose assemblies for this machine (runtimes/<rid>/lib/) are replaced by the IL-only ones of lib/.
# Each run loads the seed sample and checks it, then reads every sample article, extracts its claims and checks them.
# Prints each run, then each variant's median wall time and what the JIT compiled in its last run.
#   bash benchmarks/first-use.sh [N]
# N (default 10) is best even, so that each variant runs first as often.
set -euo pipefail
fail() { echo "$1" >&2; exit 2; }
runs=${1:-10}
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || fail "N must be a count of runs, not '$runs'"
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Its real path: the host reports where it loaded an assembly from with links resolved (/var is /private/var on macOS).
work=$(cd "$(mktemp -d)" && pwd -P)
# A version of its own, so that no package cached by an earlier run stands in for this build; removed from the NuGet
# cache afterwards, where each run would otherwise leave some 13 MB.
version="0.1.0-firstuse.$(date -u +%Y%m%d%H%M%S)"
cache=${NUGET_PACKAGES:-$HOME/.nuget/packages}
trap 'rm -rf "$work" "$cache/factcheck/$version" "$cache/factcheck.extraction/$version"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/clock.sh"
. "$root/eng/local-feed.sh"

echo "packing FactCheck and FactCheck.Extraction $version (with their ReadyToRun images: a few minutes)…" >&2
for project in FactCheck FactCheck.Extraction; do
  dotnet pack "$root/src/$project" -c Release -o "$work/feed" -p:Version="$version" --nologo -v quiet >&2
done

app="$work/app"
mkdir -p "$app"
local_feed_config "$app" "$work/feed"
cat > "$app/FirstUse.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="FactCheck" Version="$version" />
    <PackageReference Include="FactCheck.Extraction" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$app/Program.cs" <<'CS'
using FactCheck;
using FactCheck.Extraction;
using FactCheck.Serialization;

if (args is ["--where"])
{
    // Where the host found each library: the image for this machine under runtimes/<rid>/, or lib/'s IL.
    Console.WriteLine(typeof(FactChecker).Assembly.Location);
    Console.WriteLine(typeof(RuleBasedExtractor).Assembly.Location);
    return;
}
var checker = new FactChecker();
var findings = checker.Check(ClaimSetFiles.Load(args[0])).Findings.Count;
foreach (var path in Directory.GetFiles(args[1], "*.md").Order(StringComparer.Ordinal))
{
    findings += checker.Check(new RuleBasedExtractor().Extract([Article.Load(path)]).Claims).Findings.Count;
}
Console.WriteLine($"{findings} findings; the JIT compiled {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms");
CS
dotnet build "$app" -c Release -o "$work/ready" --nologo -v quiet >&2

# The same application with the IL alone: each image the host picks here (it says which) overwritten by lib/'s assembly.
cp -r "$work/ready" "$work/il"
rid=""
while read -r loaded; do
  relative=${loaded#"$work/ready/"}
  [[ "$relative" == runtimes/*/lib/* ]] || fail "the host loads $relative here, not an image under runtimes/: the packages hold none for this machine"
  rid=${relative#runtimes/}
  rid=${rid%%/*}
  cp "$work/il/$(basename "$relative")" "$work/il/$relative"
  cmp -s "$work/ready/$(basename "$relative")" "$work/ready/$relative" && fail "the image $relative is the IL assembly itself"
done < <(dotnet "$work/ready/FirstUse.dll" --where)
[ -n "$rid" ] || fail "the application did not say where its libraries were loaded from"

declare -a ready_times il_times
run() {
  local variant=$1 start end out
  clock start
  out=$(dotnet "$work/$variant/FirstUse.dll" "$root/samples/us-force-levels-2020.claims.json" "$root/samples/articles")
  clock end
  printf '%-5s %6.0f ms  %s\n' "$variant" "$(((end - start) / 1000))" "$out"
  eval "${variant}_times+=($((end - start)))"
  eval "${variant}_last=\"\$out\""
}
for ((i = 0; i < runs; i++)); do
  if ((i % 2 == 0)); then run il; run ready; else run ready; run il; fi
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { printf "%.0f", (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) / 1000 }'; }
echo "runtime $rid, $runs runs each"
echo "IL only:            median $(median "${il_times[@]}") ms; $il_last"
echo "with ReadyToRun:    median $(median "${ready_times[@]}") ms; $ready_last"
