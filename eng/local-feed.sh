# Sourced by eng/verify-packages.sh and benchmarks/first-use.sh, which build an application on packages just packed.
#   local_feed_config DIR FEED   writes DIR/nuget.config taking FactCheck* from the folder FEED only, and the rest from
#                                nuget.org, so that no FactCheck package cached or published elsewhere stands in.
local_feed_config() {
  cat > "$1/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$2" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="FactCheck*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
}
