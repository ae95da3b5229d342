#!/usr/bin/env python3
"""Checks that a package carries a ReadyToRun image of its assembly for each runtime (eng/ReadyToRun.targets).

    python3 eng/readytorun-images.py PACKAGE.nupkg ASSEMBLY.dll RID...

For each RID, runtimes/RID/lib/*/ASSEMBLY.dll must be a PE file whose CLI header names a ReadyToRun header (its
signature "RTR"), compiled for that runtime's processor and operating system, and the package's lib/ assembly must be
IL only. Prints one line a runtime; exits 1 with what is wrong otherwise.
"""
import struct
import sys
import zipfile

# Crossgen2 marks an image's machine with its operating system by XOR (the runtime's ReadyToRun format).
OS_MARK = {"linux": 0x7B79, "osx": 0x4644, "win": 0x0000, "freebsd": 0xADC4}
MACHINE = {"x64": 0x8664, "arm64": 0xAA64, "x86": 0x014C, "arm": 0x01C4, "riscv64": 0x5064, "loongarch64": 0x6264}


def readytorun_machine(data):
    """The PE machine field when the image holds ReadyToRun code, else None; ValueError when it is no .NET assembly."""
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

    # The CLI header's ManagedNativeHeader directory, 64 bytes in: empty in an IL-only assembly.
    native_rva, native_size = struct.unpack_from("<II", data, offset(cli_rva) + 64)
    if native_size == 0:
        return None
    at = offset(native_rva)
    return machine if data[at:at + 4] == b"RTR\0" else None


def expected_machine(rid):
    """The machine field Crossgen2 writes for a runtime: its processor's, marked with its operating system."""
    os_name, _, arch = rid.rpartition("-")
    # linux-musl-x64 and linux-bionic-arm64 are Linux to the image: the flavour is the C library, not the format.
    os_name = os_name.split("-")[0]
    if os_name not in OS_MARK or arch not in MACHINE:
        raise ValueError(f"no ReadyToRun machine known for runtime '{rid}'")
    return MACHINE[arch] ^ OS_MARK[os_name]


def inspect(read, name):
    """(machine or None, problem or None) for one entry of the package."""
    try:
        return readytorun_machine(read(name)), None
    except (ValueError, struct.error) as error:
        return None, f"{name}: {error}"


def main(package, assembly, rids):
    problems = []
    with zipfile.ZipFile(package) as nupkg:
        names = nupkg.namelist()
        il = [n for n in names if n.startswith("lib/") and n.endswith("/" + assembly)]
        if not il:
            problems.append(f"{package}: no lib/*/{assembly}")
        for name in il:
            machine, problem = inspect(nupkg.read, name)
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
                machine, problem = inspect(nupkg.read, name)
                if problem:
                    problems.append(f"{package}: {problem}")
                elif machine is None:
                    problems.append(f"{package}: {name} is not a ReadyToRun image")
                elif machine != expected:
                    problems.append(f"{package}: {name} is compiled for machine {machine:#06x}, not {rid} ({expected:#06x})")
                else:
                    print(f"{assembly}: ReadyToRun image for {rid} ({name})")
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
