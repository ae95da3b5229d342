#!/usr/bin/env python3
"""Checks that a package carries a ReadyToRun image of its assembly for each runtime (eng/ReadyToRun.targets).

    python3 eng/readytorun-images.py PACKAGE.nupkg ASSEMBLY.dll RID...

For each RID, runtimes/RID/lib/*/ASSEMBLY.dll must be a PE file whose CLI header names a ReadyToRun header (its
signature "RTR"), compiled for that runtime's processor and operating system, and the package's lib/ assembly must be
IL only. Each image must name the PDB that lib/'s assembly names (its debug directory's CodeView entry), and the
symbol package beside the package (PACKAGE.snupkg) must hold that PDB: one PDB, with its Source Link, serves every
image. Prints one line a runtime; exits 1 with what is wrong otherwise.
"""
import struct
import sys
import zipfile

# Crossgen2 marks an image's machine with its operating system by XOR (the runtime's ReadyToRun format).
OS_MARK = {"linux": 0x7B79, "osx": 0x4644, "win": 0x0000, "freebsd": 0xADC4}
MACHINE = {"x64": 0x8664, "arm64": 0xAA64, "x86": 0x014C, "arm": 0x01C4, "riscv64": 0x5064, "loongarch64": 0x6264}


def read_assembly(data):
    """(machine or None, PDB id or None): the PE machine field when the image holds ReadyToRun code, and the id of
    the PDB its CodeView debug entry names (the GUID and the entry's time stamp, as a portable PDB's #Pdb stream
    begins); ValueError when it is no .NET assembly."""
    if len(data) < 0x40 or data[:2] != b"MZ":
        raise ValueError("not a PE file")
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe:pe + 4] != b"PE\0\0":
        raise ValueError("not a PE file")
    machine, sections = struct.unpack_from("<HH", data, pe + 4)
    optional_size = struct.unpack_from("<H", data, pe + 20)[0]
    optional = pe + 24
    directories = optional + (96 if struct.unpack_from("<H", data, optional)[0] == 0x10B else 112)
    cli_rva = struct.unpack_from("<I", data, directories + 14 * 8)[0]
    if cli_rva == 0:
        raise ValueError("a PE file without a CLI header, not a .NET assembly")
    table = optional + optional_size

    def offset(rva):
        for i in range(sections):
            virtual_size, virtual_address, raw_size, raw_pointer = struct.unpack_from("<IIII", data, table + i * 40 + 8)
            if virtual_address <= rva < virtual_address + max(virtual_size, raw_size):
                return rva - virtual_address + raw_pointer
        raise ValueError(f"RVA {rva:#x} is in no section")

    pdb_id = None
    debug_rva, debug_size = struct.unpack_from("<II", data, directories + 6 * 8)
    if debug_size:
        at = offset(debug_rva)
        for entry in range(debug_size // 28):
            _, stamp, _, _, kind, size, _, pointer = struct.unpack_from("<IIHHIIII", data, at + entry * 28)
            if kind == 2 and size >= 24 and data[pointer:pointer + 4] == b"RSDS":
                pdb_id = data[pointer + 4:pointer + 20] + struct.pack("<I", stamp)
                break

    # The CLI header's ManagedNativeHeader directory, 64 bytes in: empty in an IL-only assembly.
    native_rva, native_size = struct.unpack_from("<II", data, offset(cli_rva) + 64)
    if native_size == 0:
        return None, pdb_id
    at = offset(native_rva)
    return (machine if data[at:at + 4] == b"RTR\0" else None), pdb_id


def portable_pdb_id(data):
    """The 20-byte id a portable PDB's #Pdb stream begins with; ValueError when it is no portable PDB."""
    if data[:4] != b"BSJB":
        raise ValueError("not a portable PDB")
    version_length = struct.unpack_from("<I", data, 12)[0]
    at = 16 + version_length
    streams = struct.unpack_from("<H", data, at + 2)[0]
    at += 4
    for _ in range(streams):
        stream_offset, _ = struct.unpack_from("<II", data, at)
        name_end = data.index(b"\0", at + 8)
        name = data[at + 8:name_end]
        at += 8 + (len(name) + 4) // 4 * 4
        if name == b"#Pdb":
            return data[stream_offset:stream_offset + 20]
    raise ValueError("a portable PDB without a #Pdb stream")


def expected_machine(rid):
    """The machine field Crossgen2 writes for a runtime: its processor's, marked with its operating system."""
    os_name, _, arch = rid.rpartition("-")
    # linux-musl-x64 and linux-bionic-arm64 are Linux to the image: the flavour is the C library, not the format.
    os_name = os_name.split("-")[0]
    if os_name not in OS_MARK or arch not in MACHINE:
        raise ValueError(f"no ReadyToRun machine known for runtime '{rid}'")
    return MACHINE[arch] ^ OS_MARK[os_name]


def inspect(read, name):
    """(machine or None, PDB id or None, problem or None) for one entry of the package."""
    try:
        return *read_assembly(read(name)), None
    except (ValueError, struct.error) as error:
        return None, None, f"{name}: {error}"


def check_symbols(package, assembly, pdb_id):
    """The problems with the symbol package beside PACKAGE, if there is one, for the PDB lib/ names."""
    symbols = package[:-len(".nupkg")] + ".snupkg" if package.endswith(".nupkg") else None
    if symbols is None or pdb_id is None:
        return []
    try:
        with zipfile.ZipFile(symbols) as snupkg:
            pdb = assembly[:-len(".dll")] + ".pdb"
            names = [n for n in snupkg.namelist() if n.startswith("lib/") and n.endswith("/" + pdb)]
            ids = [portable_pdb_id(snupkg.read(n)) for n in names]
    except FileNotFoundError:
        return [f"{symbols}: no symbol package beside the package"]
    except (OSError, zipfile.BadZipFile, ValueError, struct.error) as error:
        return [f"{symbols}: {error}"]
    if pdb_id not in ids:
        return [f"{symbols}: holds no lib/*/{pdb} with the id {pdb_id.hex()} that lib/'s assembly names"]
    print(f"{assembly}: the symbol package holds lib/'s PDB")
    return []


def main(package, assembly, rids):
    problems = []
    with zipfile.ZipFile(package) as nupkg:
        names = nupkg.namelist()
        il = [n for n in names if n.startswith("lib/") and n.endswith("/" + assembly)]
        if not il:
            problems.append(f"{package}: no lib/*/{assembly}")
        lib_pdb = None
        for name in il:
            machine, lib_pdb, problem = inspect(nupkg.read, name)
            if problem:
                problems.append(f"{package}: {problem}")
            elif machine is not None:
                problems.append(f"{package}: {name} holds ReadyToRun code; lib/ is the IL-only fallback")
        for rid in rids:
            try:
                expected = expected_machine(rid)
            except ValueError as error:
                problems.append(f"{package}: {error}")
                continue
            images = [n for n in names if n.startswith(f"runtimes/{rid}/lib/") and n.endswith("/" + assembly)]
            if not images:
                problems.append(f"{package}: no runtimes/{rid}/lib/*/{assembly}")
                continue
            for name in images:
                machine, pdb_id, problem = inspect(nupkg.read, name)
                if problem:
                    problems.append(f"{package}: {problem}")
                elif machine is None:
                    problems.append(f"{package}: {name} is not a ReadyToRun image")
                elif machine != expected:
                    problems.append(f"{package}: {name} is compiled for machine {machine:#06x}, not {rid} ({expected:#06x})")
                elif pdb_id != lib_pdb:
                    problems.append(f"{package}: {name} names the PDB {pdb_id.hex() if pdb_id else 'none'}, not lib/'s "
                                    f"{lib_pdb.hex() if lib_pdb else 'none'}: it is not made from lib/'s assembly")
                else:
                    print(f"{assembly}: ReadyToRun image for {rid} ({name})")
    problems += check_symbols(package, assembly, lib_pdb)
    if not problems:
        print(f"{assembly}: lib/ and every image name that one PDB")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    try:
        sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
    except (OSError, zipfile.BadZipFile) as error:
        sys.exit(f"{sys.argv[1]}: {error}")
