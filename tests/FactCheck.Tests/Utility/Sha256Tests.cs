using System.Text;
using CsCheck;
using FactCheck.Utility;
using PlatformSha256 = System.Security.Cryptography.SHA256;

namespace FactCheck.Tests.Utility;

public sealed class Sha256Tests
{
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void Digest_of_the_standards_examples_is_the_published_one(string message, string digest) =>
        Convert.ToHexStringLower(Digest(Encoding.ASCII.GetBytes(message))).Should().Be(digest);

    [Fact]
    public void Digest_of_a_million_letters_is_the_published_one() =>
        Convert.ToHexStringLower(Digest(Encoding.ASCII.GetBytes(new string('a', 1_000_000))))
            .Should().Be("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");

    [Fact]
    public void Every_length_across_the_padding_boundaries_gives_the_platforms_digest()
    {
        // 55 bytes leave room for the marker and the length in one block, 56 to 63 need a second; the same one block on.
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i * 37 + 11)).ToArray();
        for (var length = 0; length <= bytes.Length; length++)
        {
            var data = bytes.AsSpan(0, length);
            Digest(data).Should().Equal(PlatformSha256.HashData(data), "for {0} bytes", length);
        }
    }

    [Fact]
    public void Random_inputs_give_the_platforms_digest() =>
        Gen.Byte.Array[0, 1000].Sample(data => Digest(data).SequenceEqual(PlatformSha256.HashData(data)), iter: 300);

    [Fact]
    public void Half_hex_is_the_first_sixteen_bytes_in_lower_case_as_fingerprints_were_written()
    {
        const string key = "FC001|us-troops/iraq|a,b";
        Sha256.HalfHex(key).Should().Be(Convert.ToHexString(PlatformSha256.HashData(Encoding.UTF8.GetBytes(key)))[..32].ToLowerInvariant())
            .And.HaveLength(32);
    }

    [Fact]
    public void Digest_into_a_buffer_shorter_than_the_digest_is_refused()
    {
        var act = () => Sha256.HashData("abc"u8, new byte[31]);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("digest");
    }

    /// <summary>The library's digest of <paramref name="data"/>, as a new array.</summary>
    private static byte[] Digest(ReadOnlySpan<byte> data)
    {
        var digest = new byte[Sha256.HashSize];
        Sha256.HashData(data, digest);
        return digest;
    }
}
