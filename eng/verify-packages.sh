#!/usr/bin/env bash
# Proves the packages work as a user receives them, after the tests pass:
#   1. pack FactCheck, FactCheck.FluentAssertions, FactCheck.Extraction(.AI) and the factcheck tool into a local folder;
#   2. create a fresh consumer project that takes FactCheck* from that folder only, compile the packages'
#      README examples in it, and run its xunit tests;
#   3. install the tool from the same folder into a tool path (the native binary on linux-x64, when clang or gcc can
#      link it) and check the seed sample with it; and the framework-dependent fallback the same way; cross-compile
#      the native linux-arm64 package (clang with Debian's gcc-aarch64-linux-gnu) and check the seed sample with its
#      binary under qemu-user;
#   4. publish a trimmed, self-contained app that uses the library, with every trim/AOT warning an error.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/eng/local-feed.sh"
# Its real path: the host reports where it loaded an assembly from with links resolved (/var is /private/var on macOS).
work=$(cd "$(mktemp -d)" && pwd -P)
# A version of its own, so that no package cached by an earlier run stands in for this build; removed from the NuGet
# cache afterwards, where each run would otherwise leave its packages (some 20 MB, the tool's native ones included).
version="0.1.0-verify.$(date -u +%Y%m%d%H%M%S)"
cache=${NUGET_PACKAGES:-$HOME/.nuget/packages}
trap 'rm -rf "$work" "$cache"/factcheck*/"$version"' EXIT
feed="$work/feed"

echo "== pack ($version)"
dotnet pack "$root/FactCheck.sln" -c Release -o "$feed" -p:Version="$version" --nologo -v quiet
ls "$feed"

echo "== consumer project, FactCheck* from the local folder only"
consumer="$work/consumer"
mkdir -p "$consumer"
local_feed_config "$consumer" "$feed"
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

    // Where the host found the library here (a runtime's ReadyToRun image or lib/'s IL), for the check below.
    [Fact]
    public void The_host_says_which_FactCheck_assembly_it_loaded()
    {
        var location = typeof(FactChecker).Assembly.Location;
        Assert.EndsWith("FactCheck.dll", location);
        if (Environment.GetEnvironmentVariable("FACTCHECK_LOADED_FROM") is { } report)
        {
            File.WriteAllText(report, location);
        }
    }
}
CS
(cd "$consumer" && FACTCHECK_LOADED_FROM="$work/loaded-from" dotnet test --nologo -v quiet)
if find "$cache/factcheck" -maxdepth 1 -name "$version" | grep -q .; then echo "consumer restored FactCheck $version from $feed"; fi

echo "== ReadyToRun images in the library packages (eng/ReadyToRun.targets)"
# Each library that asks for them carries, beside its IL in lib/, an image compiled ahead for each runtime it names,
# which the consumer above ran on this machine (its runtimes/<rid>/lib/ asset). benchmarks/first-use.sh measures them.
if command -v python3 >/dev/null 2>&1; then
  factcheck_rids=""
  for project in "$root"/src/*/*.csproj; do
    name=$(basename "$project" .csproj)
    [ "$(dotnet msbuild "$project" -getProperty:ReadyToRunInPackage)" = true ] || continue
    rids=$(dotnet msbuild "$project" -getProperty:ReadyToRunPackageRuntimeIdentifiers)
    if [ "$name" = FactCheck ]; then factcheck_rids=$rids; fi
    # shellcheck disable=SC2086 # the runtimes are one argument each
    python3 "$root/eng/readytorun-images.py" "$feed/$name.$version.nupkg" "$name.dll" ${rids//;/ }
  done
  # The host's own choice, which the consumer's test wrote down: on a runtime the package names (this machine's, as
  # the SDK reports it) it must be that runtime's image; elsewhere lib/'s IL is the expected fallback.
  loaded=$(cat "$work/loaded-from")
  relative=${loaded#"$consumer/bin/Debug/net10.0/"}
  if [[ "$relative" == runtimes/*/lib/* ]]; then
    echo "consumer: the host loads FactCheck's image $relative"
  else
    rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
    if [[ ";$factcheck_rids;" == *";$rid;"* ]]; then
      echo "consumer: the host loads $relative, not the package's image for $rid"; exit 1
    fi
    echo "consumer: the host loads lib/'s IL ($relative): the package holds no image for this runtime ($rid)"
  fi
else
  echo "ReadyToRun images not checked: python3, which opens the packages, is not installed"
fi

echo "== the factcheck tool: native on linux-x64 and linux-arm64, framework-dependent elsewhere"
# A Native AOT tool is packed in steps (.NET 10 RID-specific tools): the package users name (packed with the solution
# above), which points to one package per runtime; the native linux-x64 and linux-arm64 ones; and the
# framework-dependent "any" one that every other platform gets. Native AOT links with clang (the SDK's default) or gcc;
# linux-arm64 is cross-compiled with clang only. .ci/run installs what it needs when it can; without it, or off
# linux-x64, a native step is skipped (and the pointer package packed again without it) and says why. A native build
# that fails with its tools present fails the run: it is a broken package, not a missing tool.
cli="$root/src/FactCheck.Cli"
linker=()
if [ "$(uname -s)-$(uname -m)" != Linux-x86_64 ]; then
  native="not on linux-x64"
elif command -v clang >/dev/null 2>&1; then
  native=yes
elif command -v gcc >/dev/null 2>&1; then
  native=yes linker=(-p:CppCompilerAndLinker=gcc)
else
  native="neither clang nor gcc is installed"
fi

# The native linux-arm64 package is cross-compiled on linux-x64: clang links it with the Debian cross toolchain's
# libraries (the SDK passes the linker a --target that gcc does not take), and qemu-user runs what it made.
if [ "$native" != yes ]; then
  arm64="no native tool is built here"
elif ! command -v clang >/dev/null 2>&1; then
  arm64="clang is not installed (the SDK links for another architecture with clang only)"
elif ! command -v aarch64-linux-gnu-gcc >/dev/null 2>&1; then
  arm64="Debian's cross toolchain gcc-aarch64-linux-gnu is not installed"
elif ! command -v python3 >/dev/null 2>&1; then
  arm64="python3, which opens the package to run its binary, is not installed"
else
  arm64=yes
fi

# Whether an ELF binary names no loader (INTERP) and no shared library (NEEDED), as a static executable does. Read
# whole before it is searched: a grep that stops early must not look like a readelf that failed, under pipefail.
names_no_library() {
  local headers
  headers=$(readelf -lW "$1"; readelf -dW "$1")
  ! grep -qE 'INTERP|NEEDED' <<< "$headers"
}

# Runs an installed factcheck on the seed sample: exit code 0 and exactly its five findings.
check_seed() {
  set +e
  "$1/factcheck" check "$root/samples/us-force-levels-2020.claims.json" > "$work/tool.txt"
  local code=$?
  set -e
  cat "$work/tool.txt"
  [ "$code" -eq 0 ] || { echo "factcheck exited with $code"; exit 1; }
  grep -q '^25 claims checked: 0 errors, 4 warnings, 1 info.$' "$work/tool.txt" || { echo "the tool did not give the seed findings"; exit 1; }
}

# The framework-dependent fallback, under a version of its own whose package lists only "any", as any platform without
# a native package receives it: proved on every run, since this machine would otherwise always get the native one.
fallback="$version.any"
dotnet pack "$cli" -c Release -o "$work/fallback-feed" -p:Version="$fallback" -p:ToolPackageRuntimeIdentifiers=any --nologo -v quiet
dotnet pack "$cli" -c Release -o "$work/fallback-feed" -p:Version="$fallback" -r any --nologo -v quiet
(cd "$work" && dotnet tool install FactCheck.Cli --tool-path "$work/fallback-tool" --add-source "$work/fallback-feed" --version "$fallback")
find "$work/fallback-tool/.store" -name FactCheck.Cli.dll | grep -q . || { echo "the fallback tool is not the framework-dependent one"; exit 1; }
check_seed "$work/fallback-tool"
echo "fallback (framework-dependent) tool: installed and checked the seed sample"

dotnet pack "$cli" -c Release -o "$feed" -p:Version="$version" -r any --nologo -v quiet
if [ "$native" = yes ]; then
  dotnet pack "$cli" -c Release -o "$feed" -p:Version="$version" -r linux-x64 "${linker[@]}" --nologo -v quiet
  if [ "$arm64" = yes ]; then
    dotnet pack "$cli" -c Release -o "$feed" -p:Version="$version" -r linux-arm64 --nologo -v quiet
  else
    echo "linux-arm64 native tool SKIPPED: $arm64. The tool package now lists linux-x64 and the fallback."
    dotnet pack "$cli" -c Release -o "$feed" -p:Version="$version" -p:ToolPackageRuntimeIdentifiers="linux-x64;any" --nologo -v quiet
  fi
else
  echo "native tool SKIPPED: $native. The tool package now lists only the framework-dependent fallback."
  dotnet pack "$cli" -c Release -o "$feed" -p:Version="$version" -p:ToolPackageRuntimeIdentifiers=any --nologo -v quiet
fi
ls "$feed"
(cd "$work" && dotnet tool install FactCheck.Cli --tool-path "$work/tools" --add-source "$feed" --version "$version")
if [ "$native" = yes ]; then
  # What got installed must be the native binary: an ELF executable from the linux-x64 package, and no assembly
  # anywhere in the tool's store for a runtime to load.
  binary=$(readlink -f "$work/tools/factcheck")
  case "$binary" in */factcheck.cli.linux-x64/*) ;; *) echo "the installed tool is not from the linux-x64 package: $binary"; exit 1 ;; esac
  [ "$(head -c 4 "$binary" | od -An -c | tr -d ' ')" = '177ELF' ] || { echo "the installed tool is not a native executable: $binary"; exit 1; }
  if find "$work/tools/.store" -name '*.dll' | grep -q .; then echo "the installed tool carries assemblies: not the native one"; exit 1; fi
  check_seed "$work/tools"
  echo "native tool: installed $(du -h "$binary" | cut -f1) ELF binary, no assemblies; checked the seed sample"
  # Linked statically where glibc's static archives and GNU objcopy are at hand (FactCheck.Cli.csproj, which says
  # so in StaticExecutable): then it names no loader or library, and loads none while it runs, not even for the
  # reports that hash (SARIF's fingerprints): a shared library that uses the system's C library would bring a second
  # copy into the process.
  static=$(dotnet msbuild "$cli" -getProperty:StaticExecutable -p:RuntimeIdentifier=linux-x64 -p:Configuration=Release)
  if [ "$static" != true ]; then
    echo "native tool: linked dynamically (glibc's static archives or GNU objcopy are missing here; see FactCheck.Cli.csproj)"
  elif ! command -v readelf >/dev/null 2>&1; then
    echo "native tool: linked statically; not checked (readelf is not installed)"
  else
    names_no_library "$binary" || { echo "the native tool is not a static executable: it names a loader or a shared library"; exit 1; }
    if ! command -v strace >/dev/null 2>&1; then
      echo "native tool: a static executable (readelf); whether it opens a shared library is not checked (strace is not installed)"
    elif ! strace -o /dev/null true >/dev/null 2>&1; then
      echo "native tool: a static executable (readelf); whether it opens a shared library is not checked (strace may not trace here)"
    else
      strace -f -e trace=openat,open -o "$work/opens.txt" "$binary" check "$root/samples/us-force-levels-2020.claims.json" --format sarif > /dev/null \
        || { echo "the static tool failed writing a SARIF report of the seed sample"; exit 1; }
      opened=$(grep -E '\.so(\.[0-9]+)*"' "$work/opens.txt" || true)
      if [ -n "$opened" ]; then echo "the static tool opened a shared library:"; echo "$opened"; exit 1; fi
      echo "native tool: a static executable; it opened no shared library writing a SARIF report (strace)"
    fi
  fi
else
  check_seed "$work/tools"
fi
if [ "$native" = yes ] && [ "$arm64" = yes ]; then
  # dotnet tool install takes no other architecture on Linux, so the package is opened as the installer would: its one
  # file must be an AArch64 executable (ELF machine 183), which then checks the seed sample under qemu-user.
  python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$feed/FactCheck.Cli.linux-arm64.$version.nupkg" "$work/arm64"
  armbinary="$work/arm64/tools/any/linux-arm64/FactCheck.Cli"
  [ -f "$armbinary" ] || { echo "the linux-arm64 package does not hold tools/any/linux-arm64/FactCheck.Cli"; exit 1; }
  chmod +x "$armbinary"  # as the installer does: a zip keeps no permissions
  [ "$(od -An -tu2 -j18 -N2 "$armbinary" | tr -d ' ')" = 183 ] || { echo "the linux-arm64 package does not hold an AArch64 executable"; exit 1; }
  if [ "$(dotnet msbuild "$cli" -getProperty:StaticExecutable -p:RuntimeIdentifier=linux-arm64 -p:Configuration=Release)" = true ] && command -v readelf >/dev/null 2>&1; then
    names_no_library "$armbinary" || { echo "the linux-arm64 tool is not a static executable"; exit 1; }
  fi
  if command -v qemu-aarch64 >/dev/null 2>&1; then
    mkdir -p "$work/arm64-tool"
    printf '#!/usr/bin/env bash\nexec qemu-aarch64 -L /usr/aarch64-linux-gnu %q "$@"\n' "$armbinary" > "$work/arm64-tool/factcheck"
    chmod +x "$work/arm64-tool/factcheck"
    check_seed "$work/arm64-tool"
    echo "native linux-arm64 tool: $(du -h "$armbinary" | cut -f1) AArch64 binary; checked the seed sample under qemu-user"
  else
    echo "native linux-arm64 tool: $(du -h "$armbinary" | cut -f1) AArch64 binary packed; not run (qemu-user is not installed)"
  fi
fi

echo "== trimmed, self-contained publish with trim and AOT analyzers"
dotnet publish "$root/tests/FactCheck.TrimSmoke" -c Release -o "$work/trimmed" --nologo -v quiet
"$work/trimmed/FactCheck.TrimSmoke" "$root/samples/us-force-levels-2020.claims.json" | tail -1 | grep -qx '25 claims: 0 errors, 4 warnings, 1 info' \
  || { echo "the trimmed app did not give the seed report"; exit 1; }
echo "trimmed app: $(du -sh "$work/trimmed" | cut -f1), no trim or AOT warnings"

echo "packages verified."
