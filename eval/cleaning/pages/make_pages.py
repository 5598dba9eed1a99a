#!/usr/bin/env python3
"""Builds the pasted-page cleaning sets (dev/, test/) and their gold from the labelled sources.

A source file (sources/<set>/<id>_<outlet>.src) holds header lines '@key value' and then one page
line per source line as 'TAG: text' (or 'B! text'). TAG says what the line is:
  B  body paragraph      B! body paragraph quoted in body_must_contain   S  subheading
  H  headline            nav navigation / section / site-name line        meta  date stamp
  dl dateline or outlet line      by  byline line    cap  caption / photo credit
  credit  credit line (المصدر: ...)   bp  share/follow/app/ad/cookie/comments line
  rel  related-article line ("read also" blocks)   tag  tag/keyword line   foot  footer line
  raw  (HTML only) markup copied verbatim, not a page line
Every non-body line goes to not_body with its tag as kind; the header gives headline, published,
published_time, outlet (first of '|' list; the rest are outlet_alternatives), credits, dateline, byline,
and url (the real page a twin page was written from, in the web sets).
'@format html' writes an HTML page: nav runs in <nav>, H in <h1>, S in <h2>, B in <p>, cap in
<figcaption>, the rest in <div>s; '@title' and '@head' lines go into <head>. '@copy FILE' takes the\npage as given in FILE (next to the source) instead.
Run: python3 eval/cleaning/pages/make_pages.py   (rewrites dev/, test/ and the two gold files)
"""
import html, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"nav": "navigation", "meta": "metadata", "dl": "dateline", "by": "byline", "cap": "caption",
         "credit": "credit", "bp": "boilerplate", "rel": "related-link", "tag": "tags", "foot": "footer"}


def parse(path):
    head, lines = {}, []
    for raw in open(path, encoding="utf-8"):
        raw = raw.rstrip("\n")
        if not raw.strip():
            lines.append(("blank", ""))
        elif raw.startswith("@"):
            k, _, v = raw[1:].partition(" ")
            head.setdefault(k, []).append(v)
        else:
            tag, _, text = raw.partition(" ")
            lines.append((tag.rstrip(":"), text))
    return head, lines


def snippet(text):
    # words from the line's end: its opening may hold a dateline the cleaner rightly cuts off
    words = text.split()
    return " ".join(words[-9:-1]) if len(words) > 10 else text


def gold(doc_id, file, head, lines):
    one = lambda k: head[k][0] if k in head else None
    outlets = [o.strip() for o in (one("outlet") or "").split("|") if o.strip()]
    g = {"id": doc_id, "file": file}
    if one("url"):  # the real page a twin was written from (web sets)
        g["url"] = one("url")
    g["published"] = None if one("published") in (None, "null") else one("published")
    if one("time"):
        g["published_time"] = one("time")
    heads = [t for tag, t in lines if tag == "H"]
    g["headline"] = heads[0] if heads else None
    g["outlet"] = outlets[0] if outlets else None
    if len(outlets) > 1:
        g["outlet_alternatives"] = outlets[1:]
    g["credited_sources"] = [c.strip() for c in (one("credits") or "").split("|") if c.strip()]
    if "dateline" in head:
        g["dateline"] = None if one("dateline") == "null" else one("dateline")
    if "byline" in head:
        g["byline"] = None if one("byline") == "null" else one("byline")
    g["not_body"] = [{"line": t, "kind": KINDS[tag]} for tag, t in lines if tag in KINDS]
    g["subheadings"] = [t for tag, t in lines if tag == "S"]
    g["body_must_contain"] = [snippet(t) for tag, t in lines if tag == "B!"]
    if "note" in head:
        g["note"] = " ".join(head["note"])
    return g


def as_html(head, lines):
    out = ['<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">']
    for t in head.get("title", []):
        out.append("<title>" + html.escape(t) + "</title>")
    out += head.get("head", [])
    out.append("</head><body>")
    in_nav = False
    for tag, t in lines:
        e = html.escape(t)
        if tag == "nav" and not in_nav:
            out.append('<header><nav class="menu">')
            in_nav = True
        if tag != "nav" and in_nav:
            out.append("</nav></header>")
            in_nav = False
        if tag == "raw":
            out.append(t)
        elif tag == "nav":
            out.append('<a href="#">' + e + "</a>")
        elif tag == "H":
            out.append("<h1>" + e + "</h1>")
        elif tag == "S":
            out.append("<h2>" + e + "</h2>")
        elif tag in ("B", "B!"):
            out.append("<p>" + e + "</p>")
        elif tag == "cap":
            out.append('<figure><img src="photo.jpg" alt=""><figcaption>' + e + "</figcaption></figure>")
        elif tag == "blank":
            continue
        else:
            out.append('<div class="' + KINDS.get(tag, tag) + '">' + e + "</div>")
    if in_nav:
        out.append("</nav></header>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def build(which):
    src_dir = os.path.join(HERE, "sources", which)
    out_dir = os.path.join(HERE, which)
    os.makedirs(out_dir, exist_ok=True)
    docs = []
    for name in sorted(os.listdir(src_dir)):
        if not name.endswith(".src"):
            continue
        head, lines = parse(os.path.join(src_dir, name))
        stem = name[:-4]
        fmt = head.get("format", ["txt"])[0]
        file = stem + "." + fmt
        if "copy" in head:  # a page kept as it was given; the source lines only label it
            text = open(os.path.join(src_dir, head["copy"][0]), encoding="utf-8").read()
        elif fmt == "html":
            text = as_html(head, lines)
        else:
            text = "\n".join(t for tag, t in lines) + "\n"
        with open(os.path.join(out_dir, file), "w", encoding="utf-8") as f:
            f.write(text)
        docs.append(gold(stem.split("_")[0], which + "/" + file, head, [(t, x) for t, x in lines if t not in ("raw", "blank")]))
    about = ("Twin pages of real news pages (layout, names, numbers and dates as printed; prose rewritten), "
             "gold in the format of seeds.gold.json; built by make_pages.py from sources/" + which + "/.") if which.startswith("web") else \
            ("Pasted news pages in the layouts of Arabic outlets (invented text, boilerplate as copied from a browser), "
             "gold in the format of seeds.gold.json; built by make_pages.py from sources/" + which + "/.")
    with open(os.path.join(HERE, which + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump({"about": about, "documents": docs}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(which, len(docs), "pages")


for which in sys.argv[1:] or ["dev", "test", "test2", "test3", "web1", "web1t", "web2", "web2t", "web3t"]:
    build(which)
