#!/usr/bin/env python3
"""preview-edits.py: times edits in a running preview, from the file's write to the page served
with the new content (polled over HTTP). Used by preview-compare.sh for both previews: site-gen's
(mvn site-gen:run) and `hugo server` on the equivalent Hugo site.

    preview-edits.py --kind ours --source DIR --url http://127.0.0.1:8080/xszg/ --edits 10
    preview-edits.py --kind hugo --source HUGO_SITE --url http://127.0.0.1:1313/xszg/ --edits 10

Edits, each on its own file, one after another (the next starts once the previous is served and
the preview has settled):
  body     a sentence appended to a finding's body                -> its page shows the sentence
  title    a finding's title changed                              -> its page shows the title
  status   a finding's status (and its last history entry) changed -> its page shows the status
  new      a finding added                                        -> its page is served
  deleted  a finding deleted                                      -> its page is 404
  site     the site's title changed (site.yaml / config.yaml)     -> the home page shows it
With --warmup N, N body edits are made first and not timed.
Prints one JSON line per kind: the times in ms, their median, and the edits that timed out.
"""
import argparse
import json
import os
import re
import statistics
import sys
import time
import urllib.error
import urllib.request

STATUSES = [("completed", "完成"), ("basically-completed", "基本完成"), ("phased", "阶段性完成"),
            ("not-completed", "未完成")]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


def timed(write, url, check, limit):
    """ms from the write to the first response that passes check; None after limit seconds."""
    start = time.perf_counter()
    write()
    while time.perf_counter() - start < limit:
        status, body = fetch(url)
        if check(status, body):
            return (time.perf_counter() - start) * 1000
        time.sleep(0.002)
    return None


class Site:
    """Where the records are and how a page is addressed, for each preview."""

    def __init__(self, kind, source, url):
        self.kind, self.source, self.url = kind, source, url
        self.findings = os.path.join(source, "content/findings" if kind == "hugo" else "findings")

    def page(self, fid):
        return self.url + ("findings/%s/" % fid if self.kind == "hugo" else "findings/%s.html" % fid)

    def finding(self, fid):
        return os.path.join(self.findings, fid + ".md")

    def settings(self):
        return os.path.join(self.source, "config.yaml" if self.kind == "hugo" else "site.yaml")

    def status_shown(self, body, label, code):
        if self.kind == "hugo":
            return re.search(r'整改状态</dt><dd><a href="[^"]*">' + re.escape(label) + "</a>", body) is not None
        return 'class="finding-status"' in body and ("status-%s\">%s</span></p>" % (code, label)) in body


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def write_file(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def with_status(text, label):
    head, sep, body = text[3:].partition("\n---")
    lines = head.split("\n")
    last = None
    for i, line in enumerate(lines):
        if line.startswith("status:"):
            lines[i] = "status: " + label
        elif re.match(r"\s+status:", line) or re.match(r"\s+- .*status:", line):
            last = i
    if last is not None:
        lines[last] = re.sub(r"status:\s*[^,}\s]+", "status: " + label, lines[last])
    return "---" + "\n".join(lines) + sep + body


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--kind", choices=["ours", "hugo"], required=True)
    a.add_argument("--source", required=True)
    a.add_argument("--url", required=True)
    a.add_argument("--edits", type=int, default=10)
    a.add_argument("--settle", type=float, default=0.3, help="seconds to wait after each edit is served")
    a.add_argument("--limit", type=float, default=120, help="seconds an edit may take")
    a.add_argument("--deleted-limit", type=float, default=None,
                   help="seconds a deletion may take to show (hugo server keeps serving a deleted page)")
    a.add_argument("--kinds", default="body,title,status,new,deleted,site")
    a.add_argument("--warmup", type=int, default=0,
                   help="body edits made and waited for, untimed, before the timed ones: a preview runs for hours, "
                        "so its edits are timed once its code is compiled, not while the JIT is still at work")
    o = a.parse_args()
    site = Site(o.kind, o.source, o.url)
    ids = sorted(f[:-3] for f in os.listdir(site.findings) if f.endswith(".md") and not f.startswith("_"))
    n = len(ids)
    tag = "%d" % (time.time() * 1000 % 10 ** 9)
    for k in range(o.warmup):
        fid = ids[(n // 5 + k * 6007) % n]
        path, page = site.finding(fid), site.page(fid)
        marker = "预热标记%s%d。" % (tag, k)
        text = read(path).rstrip("\n") + marker + "\n"
        if timed(lambda: write_file(path, text), page, lambda s, b, m=marker: s == 200 and m in b, o.limit) is None:
            raise SystemExit("a warm-up edit was not served within %s s" % o.limit)
        time.sleep(o.settle)
    for kind in o.kinds.split(","):
        times, lost = [], 0
        for k in range(o.edits):
            if kind in ("body", "title", "status"):
                fid = ids[(n // 3 + k * 7919) % n]   # a finding in the middle of the site, another each time
                path, page = site.finding(fid), site.page(fid)
                original = read(path)
                if kind == "body":
                    marker = "基准正文标记%s%d。" % (tag, k)
                    text = original.rstrip("\n") + marker + "\n"
                    check = lambda s, b, m=marker: s == 200 and m in b
                elif kind == "title":
                    marker = "基准标题标记%s%d" % (tag, k)
                    text = re.sub(r"(?m)^title: .*$", "title: " + marker, original, count=1)
                    check = lambda s, b, m=marker: s == 200 and m in b
                else:
                    now = re.search(r"(?m)^status: (.*)$", original).group(1).strip()
                    code, label = next(x for x in STATUSES if x[1] != now)
                    text = with_status(original, label)
                    check = lambda s, b, l=label, c=code: s == 200 and site.status_shown(b, l, c)
                t = timed(lambda: write_file(path, text), page, check, o.limit)
            elif kind == "new":
                fid = "zz-new-%s-%d" % (tag, k)
                path, page = site.finding(fid), site.page(fid)
                marker = "基准新增问题%s%d" % (tag, k)
                # a copy of the first finding with an id, number and title of its own
                text = read(site.finding(ids[0]))
                text = re.sub(r"(?m)^id: .*$", "id: " + fid, text, count=1)
                text = re.sub(r"(?m)^number: .*$", "number: %d" % (10 ** 7 + int(tag) % 10 ** 6 * 100 + k), text, count=1)
                text = re.sub(r"(?m)^title: .*$", "title: " + marker, text, count=1)
                t = timed(lambda: write_file(path, text), page, lambda s, b, m=marker: s == 200 and m in b, o.limit)
            elif kind == "deleted":
                fid = ids[(2 * n // 3 + k * 104729) % n]
                path, page = site.finding(fid), site.page(fid)
                if not os.path.exists(path):
                    continue
                t = timed(lambda: os.remove(path), page, lambda s, b: s == 404, o.deleted_limit or o.limit)
            elif kind == "site":
                path, page = site.settings(), o.url
                original = read(path)
                marker = "基准站点标记%s%d" % (tag, k)
                text = re.sub(r"(?m)^title: .*$", "title: " + marker, original, count=1)
                t = timed(lambda: write_file(path, text), page, lambda s, b, m=marker: s == 200 and m in b, o.limit)
            else:
                raise SystemExit("unknown kind " + kind)
            if t is None:
                lost += 1
            else:
                times.append(round(t, 1))
            time.sleep(o.settle)
        print(json.dumps({"preview": o.kind, "kind": kind, "median_ms": statistics.median(times) if times else None,
                          "n": len(times), "timed_out": lost, "ms": times}, ensure_ascii=False))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
