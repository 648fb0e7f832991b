"""Everything a file's text a reader other than DocScan can get at: pdftotext and pdfinfo (poppler) for
PDF, Python's zipfile for zip packages (each member in full, XML parts with their tags stripped), a
scan of local file headers when the zip's central directory is gone, the email package for messages,
plain decoding for text, and for compound files (.doc/.xls/.ppt) UTF-16 decoding as `strings -el` does. Damaged members are read as far as they go. Nested documents are read the
same way.

Input on stdin: a JSON list of [path, name]. Output on stdout: a JSON list, one entry per input, of
{"text": ..., "readers": [...]}. Used by the fuzz test (FuzzTests.cs); never by DocScan.
"""
import email
import html
import io
import json
import re
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from email.header import decode_header, make_header

MAX_MEMBER = 8 << 20
CHUNK = 512


def read(data, name, depth, out, readers):
    if depth > 6:
        return
    if data[:5] == b"%PDF-":
        read_pdf(data, out, readers)
    elif data[:4] == b"PK\x03\x04":
        read_zip(data, depth, out, readers)
    elif name.lower().endswith(".eml") or looks_like_message(data):
        read_message(data, depth, out, readers)
    elif data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        # Office 97-2003 keeps text outside Windows-1252 as UTF-16 inside the compound file's sectors.
        readers.add("utf16-strings")
        for offset in (0, 1):
            out.append(data[offset:].decode("utf-16-le", "replace"))
        read_plain(data, out)
    else:
        readers.add("decode")
        read_plain(data, out)


def read_pdf(data, out, readers):
    readers.add("pdftotext")
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        for command in (["pdftotext", "-q", "-enc", "UTF-8", f.name, "-"], ["pdfinfo", "-enc", "UTF-8", f.name]):
            try:
                result = subprocess.run(command, capture_output=True, timeout=30)
                out.append(result.stdout.decode("utf-8", "replace"))
            except subprocess.TimeoutExpired:
                pass


def read_zip(data, depth, out, readers):
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception:
        read_local_headers(data, depth, out, readers)
        return
    readers.add("zipfile")
    for info in infos:
        out.append(info.filename)
        read_member(read_entry(archive, info), info.filename, depth, out, readers)
    if data.count(b"PK\x03\x04") > len(infos):
        # Members the central directory does not list (a damaged end record can list none) are still there.
        read_local_headers(data, depth, out, readers)


def read_entry(archive, info):
    # As far as it goes: a bad CRC or a broken deflate stream ends the member, not what came before.
    data = bytearray()
    try:
        with archive.open(info) as f:
            while len(data) < MAX_MEMBER:
                chunk = f.read(CHUNK)
                if not chunk:
                    break
                data += chunk
    except Exception:
        pass
    return bytes(data)


def read_local_headers(data, depth, out, readers):
    # What a repair tool does when the central directory is gone: walk the local file headers.
    readers.add("local-headers")
    position = 0
    while True:
        position = data.find(b"PK\x03\x04", position)
        if position < 0 or position + 30 > len(data):
            return
        flags, method = struct.unpack("<HH", data[position + 6:position + 10])
        compressed = struct.unpack("<I", data[position + 18:position + 22])[0]
        name_length, extra_length = struct.unpack("<HH", data[position + 26:position + 30])
        name = data[position + 30:position + 30 + name_length].decode("utf-8" if flags & 0x800 else "cp437", "replace")
        start = position + 30 + name_length + extra_length
        raw = data[start:start + compressed] if compressed and not flags & 8 else data[start:]
        member = inflate_partial(raw) if method == 8 else raw if method == 0 else b""
        out.append(name)
        read_member(member, name, depth, out, readers)
        position = start


def inflate_partial(raw):
    inflater = zlib.decompressobj(-15)
    output = bytearray()
    try:
        for i in range(0, len(raw), CHUNK):
            output += inflater.decompress(raw[i:i + CHUNK], MAX_MEMBER)
            if inflater.eof or len(output) >= MAX_MEMBER:
                break
    except zlib.error:
        pass
    return bytes(output)


def read_member(data, name, depth, out, readers):
    lower = name.lower()
    if lower.endswith(".xml") or lower.endswith(".rels") or data.lstrip()[:5] == b"<?xml":
        text = data.decode("utf-8", "replace")
        out.append(" ".join(html.unescape(v) for v in re.findall(r'="([^"]*)"', text)))
        out.append(html.unescape(re.sub(r"<[^>]*>", "", text)))
    else:
        read(data, name, depth + 1, out, readers)


def looks_like_message(data):
    head = data[:4096]
    return re.match(rb"(?:[A-Za-z-]+:[^\n]*\n(?:[ \t][^\n]*\n)*){2,}", head) is not None


def read_message(data, depth, out, readers):
    readers.add("email")
    message = email.message_from_bytes(data)
    for part in message.walk():
        for key, value in part.items():
            out.append(str(value))
            try:
                out.append(str(make_header(decode_header(str(value)))))
            except Exception:
                pass
        if part.is_multipart():
            continue
        try:
            payload = part.get_payload(decode=True)
        except Exception:
            payload = None
        if not payload:
            continue
        if part.get_content_maintype() == "text" and not part.get_filename():
            try:
                text = payload.decode(part.get_content_charset() or "utf-8", "replace")
            except LookupError:
                read_plain(payload, out)
                continue
            out.append(html.unescape(re.sub(r"<[^>]*>", "", text)) if part.get_content_subtype() == "html" else text)
        else:
            read(payload, part.get_filename() or "", depth + 1, out, readers)


def read_plain(data, out):
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[1:2] == b"\x00":
        # UTF-16 at both alignments: an odd number of bytes lost or inserted shifts the rest by one.
        for offset in (0, 1):
            out.append(data[offset:].decode("utf-16-le", "replace"))
            out.append(data[offset:].decode("utf-16-be", "replace"))
    out.append(data.decode("utf-8", "replace"))
    out.append(data.decode("cp950", "replace"))


def main():
    results = []
    for path, name in json.load(sys.stdin):
        out, readers = [], set()
        with open(path, "rb") as f:
            read(f.read(), name, 0, out, readers)
        text = "\n".join(out).encode("utf-8", "replace").decode("utf-8")
        results.append({"text": text, "readers": sorted(readers)})
    json.dump(results, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main()
