using System.Buffers.Binary;
using System.IO.Compression;

namespace FactCheck.Cli.Tests;

/// <summary>
/// Just enough of PNG to read a browser's screenshot: 8-bit RGB or RGBA, not interlaced. Gives the pixels as
/// RGB triples, so a test can tell what was drawn.
/// </summary>
internal sealed class Png
{
    private readonly byte[] rgb;

    private Png(int width, int height, byte[] rgb)
    {
        Width = width;
        Height = height;
        this.rgb = rgb;
    }

    internal int Width { get; }

    internal int Height { get; }

    internal (byte R, byte G, byte B) this[int x, int y] => (rgb[((y * Width) + x) * 3], rgb[(((y * Width) + x) * 3) + 1], rgb[(((y * Width) + x) * 3) + 2]);

    /// <summary>How many pixels are within <paramref name="tolerance"/> of the colour in each channel.</summary>
    internal int Count((int R, int G, int B) colour, int tolerance)
    {
        var count = 0;
        for (var i = 0; i < rgb.Length; i += 3)
        {
            if (Math.Abs(rgb[i] - colour.R) <= tolerance && Math.Abs(rgb[i + 1] - colour.G) <= tolerance && Math.Abs(rgb[i + 2] - colour.B) <= tolerance) count++;
        }
        return count;
    }

    internal static Png Read(byte[] file)
    {
        if (file.Length < 8 || BinaryPrimitives.ReadUInt64BigEndian(file) != 0x89504E470D0A1A0A) throw new InvalidDataException("Not a PNG file.");
        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (var at = 8; at + 8 <= file.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = (int)BinaryPrimitives.ReadUInt32BigEndian(data);
                height = (int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[12] != 0) throw new InvalidDataException("Only 8-bit, non-interlaced PNG is read.");
                channels = data[9] switch { 2 => 3, 6 => 4, _ => throw new InvalidDataException($"PNG colour type {data[9]} is not read.") };
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }
            at += 12 + length;
        }
        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress)) zlib.CopyTo(inflated);
        var raw = inflated.ToArray();
        var stride = width * channels;
        var previous = new byte[stride];
        var line = new byte[stride];
        var rgb = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            Array.Copy(raw, (y * (stride + 1)) + 1, line, 0, stride);
            for (var i = 0; i < stride; i++)
            {
                int a = i >= channels ? line[i - channels] : 0, b = previous[i], c = i >= channels ? previous[i - channels] : 0;
                line[i] = (byte)(line[i] + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"PNG filter {filter} is unknown."),
                });
            }
            for (var x = 0; x < width; x++) Array.Copy(line, x * channels, rgb, ((y * width) + x) * 3, 3);
            (previous, line) = (line, previous);
        }
        return new Png(width, height, rgb);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
