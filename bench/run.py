#!/usr/bin/env python3
"""Time `coursebuild build` on generated courses and compare it with cmark and Hugo.

    python3 bench/run.py [--tool PATH] [--sizes 12,100,1000] [--runs 5] [--save bench/results.md]

For each size N, bench/generate.py writes a course of N chapters into the work
folder (cached: regenerated only when the generator, seed or word count
changes). Then, per size, over --runs runs each. With --mode cold (the default)
output folders are removed between runs, untimed: each build writes every file
anew. With --mode rebuild they are kept (after one untimed first build), as
when an author builds again after an edit: coursebuild and Hugo both write
over the previous output.

  coursebuild  `coursebuild build COURSE --output DIR`; wall time, CPU time
               (user+sys of the child, from os.wait4) and peak RSS (ru_maxrss)
  cmark        `cmark ALL.md > /dev/null` over every chapter concatenated: the
               floor, Markdown to HTML and nothing else
  hugo         `hugo --source SITE` on a throwaway site with minimal layouts
               whose content/ is the same chapters (front matter: title only)

and prints a Markdown table of medians. A size whose first coursebuild run
takes longer than --max-seconds is run once. Python 3 standard library only.
"""

import argparse
import datetime
import hashlib
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import generate  # noqa: E402


# --------------------------------------------------------------------------
# Measuring one process


class Result:
    def __init__(self, wall, user, sys_, maxrss_kb, status, stderr):
        self.wall = wall
        self.cpu = user + sys_
        self.rss_mb = maxrss_kb / 1024.0
        self.status = status
        self.stderr = stderr

    @property
    def ok(self):
        return self.status == 0


def measure(argv, log_path, cwd=None, env=None):
    """Run argv once; wall time, and the child's own CPU time and peak RSS from wait4."""
    with open(log_path, "wb") as log:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
                                cwd=cwd, env=env)
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait again
    with open(log_path, "rb") as log:
        err = log.read().decode("utf-8", "replace")
    return Result(wall, ru.ru_utime, ru.ru_stime, ru.ru_maxrss, proc.returncode, err)


def remove_output(out_dir):
    """An output folder and the spare coursebuild keeps beside it (`.NAME.spare`)."""
    rmtree(out_dir)
    rmtree(os.path.join(os.path.dirname(out_dir), "." + os.path.basename(out_dir) + ".spare"))


def output_facts(folder):
    """Total bytes written (files' sizes, a hard-linked file counted once) and the largest page of each kind:
    site HTML, EPUB XHTML and review files, each as (bytes, path relative to the folder)."""
    seen, total = set(), 0
    largest = {"site": (0, ""), "epub": (0, ""), "review": (0, "")}
    kinds = {"site": (".html",), "epub": (".xhtml",), "review": (".html", ".json")}
    for dirpath, _, files in os.walk(folder):
        for f in files:
            path = os.path.join(dirpath, f)
            st = os.lstat(path)
            if (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                total += st.st_size
            rel = os.path.relpath(path, folder)
            top = rel.split(os.sep, 1)[0]
            if top in kinds and f.endswith(kinds[top]) and st.st_size > largest[top][0]:
                largest[top] = (st.st_size, rel)
    return {"total": total, "largest": largest}


def rmtree(path):
    if os.path.lexists(path):
        shutil.rmtree(path)


# --------------------------------------------------------------------------
# Inputs: the course, its concatenation for cmark, its Hugo site


def generator_stamp(seed, words):
    with open(os.path.join(HERE, "generate.py"), "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:16]
    return f"generate.py {digest} seed={seed} words={words}\n"


def course_for(n, work, seed, words):
    path = os.path.join(work, f"course-{n}")
    stamp_file = os.path.join(work, f"course-{n}.stamp")
    stamp = generator_stamp(seed, words)
    if os.path.isdir(path) and os.path.exists(stamp_file) and open(stamp_file).read() == stamp:
        return path, False
    t0 = time.perf_counter()
    generate.generate(n, path, seed, words)
    with open(stamp_file, "w") as f:
        f.write(stamp)
    # Derived inputs are stale now.
    rmtree(os.path.join(work, f"hugo-{n}"))
    if os.path.exists(os.path.join(work, f"all-{n}.md")):
        os.remove(os.path.join(work, f"all-{n}.md"))
    print(f"  generated {path} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return path, True


def chapter_files(course):
    folder = os.path.join(course, "chapters")
    return [os.path.join(folder, f) for f in sorted(os.listdir(folder)) if f.endswith(".md")]


def course_facts(course):
    words = 0
    for f in chapter_files(course):
        with open(f, encoding="utf-8") as fh:
            words += len(fh.read().split())
    size = 0
    for dirpath, _, files in os.walk(course):
        for f in files:
            size += os.path.getsize(os.path.join(dirpath, f))
    return words, size / 1e6


def split_front_matter(text):
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            return text[4:end], text[end + 5:]
    return "", text


def concatenated(course, n, work):
    path = os.path.join(work, f"all-{n}.md")
    if not os.path.exists(path):
        with open(path, "w", encoding="utf-8") as out:
            for f in chapter_files(course):
                with open(f, encoding="utf-8") as fh:
                    out.write(split_front_matter(fh.read())[1])
                out.write("\n")
    return path


HUGO_CONFIG = """\
baseURL = "http://example.org/"
title = "coursebuild benchmark"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
enableRobotsTXT = false
[markup.goldmark.renderer]
  unsafe = false
[markup.highlight]
  codeFences = false
"""
HUGO_SINGLE = """\
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1>
{{ .Content }}
</main></body></html>
"""
HUGO_LIST = """\
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1>
<ul>{{ range .RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
</main></body></html>
"""


def hugo_site(course, n, work):
    """A throwaway Hugo site whose content is the course's chapters, front matter reduced to title."""
    site = os.path.join(work, f"hugo-{n}")
    if os.path.isdir(os.path.join(site, "content")):
        return site
    rmtree(site)
    os.makedirs(os.path.join(site, "layouts", "_default"))
    os.makedirs(os.path.join(site, "content", "chapters"))
    os.makedirs(os.path.join(site, "static", "assets"))
    with open(os.path.join(site, "hugo.toml"), "w") as f:
        f.write(HUGO_CONFIG)
    with open(os.path.join(site, "layouts", "_default", "single.html"), "w") as f:
        f.write(HUGO_SINGLE)
    with open(os.path.join(site, "layouts", "_default", "list.html"), "w") as f:
        f.write(HUGO_LIST)
    for asset in os.listdir(os.path.join(course, "assets")):
        shutil.copy(os.path.join(course, "assets", asset), os.path.join(site, "static", "assets", asset))
    for f in chapter_files(course):
        with open(f, encoding="utf-8") as fh:
            front, body = split_front_matter(fh.read())
        title = next((line for line in front.splitlines() if line.startswith("title:")), 'title: "Untitled"')
        with open(os.path.join(site, "content", "chapters", os.path.basename(f)), "w", encoding="utf-8") as out:
            out.write(f"---\n{title}\n---\n{body}")
    return site


# --------------------------------------------------------------------------
# The benchmark


def default_tool():
    for candidate in [os.path.join(ROOT, ".build-release", "release", "coursebuild"),
                      os.path.join(ROOT, ".build", "release", "coursebuild"),
                      os.path.join(ROOT, ".build", "debug", "coursebuild")]:
        if os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("coursebuild") or "coursebuild"


def version_of(argv):
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=60)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return "unknown"


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def med(results, attr="wall"):
    vals = [getattr(r, attr) for r in results if r.ok]
    return statistics.median(vals) if vals else None


def fmt(x, digits=2, unit=""):
    if x is None:
        return "–"
    if digits == "auto":
        digits = 3 if x < 1 else 2 if x < 100 else 1
    return f"{x:.{digits}f}{unit}"


def run_size(n, args, tool, peers, log):
    work = args.work
    print(f"size {n}:", file=sys.stderr)
    course, _ = course_for(n, work, args.seed, args.words)
    words, mb = course_facts(course)
    row = {"n": n, "words": words, "mb": mb, "cb": [], "cmark": [], "hugo": [], "notes": []}
    out_dir = os.path.join(work, f"out-{n}")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")

    runs = args.runs
    k = 0
    if args.mode == "rebuild":
        remove_output(out_dir)
        measure([tool, "build", course, "--output", out_dir], os.path.join(work, f"cb-{n}.log"), env=env)
    while k < runs:
        if args.mode == "cold":
            remove_output(out_dir)
        res = measure([tool, "build", course, "--output", out_dir], os.path.join(work, f"cb-{n}.log"), env=env)
        row["cb"].append(res)
        print(f"  coursebuild run {k + 1}: {res.wall:.2f} s wall, {res.cpu:.2f} s CPU, "
              f"{res.rss_mb:.0f} MB, exit {res.status}", file=sys.stderr)
        if not res.ok:
            row["notes"].append(f"coursebuild exited {res.status} at size {n}: "
                                + " | ".join(res.stderr.strip().splitlines()[-3:]))
            break
        if k == 0 and runs > 1 and args.max_seconds and res.wall > args.max_seconds:
            row["notes"].append(f"size {n}: first run took {res.wall:.0f} s (> {args.max_seconds:.0f} s), so 1 run")
            runs = 1
        k += 1
    warn = [line for line in row["cb"][-1].stderr.splitlines() if "error" in line.lower() or "warning" in line.lower()]
    if warn and row["cb"][-1].ok:
        row["notes"].append(f"coursebuild at size {n} printed: " + " | ".join(warn[:3]))
    row["runs"] = len(row["cb"])
    if row["cb"] and row["cb"][-1].ok:
        row["output"] = output_facts(out_dir)
    row["stages"] = stage_timings(tool, course, out_dir, env, os.path.join(work, f"cb-{n}-timings.log"), args.mode)
    remove_output(out_dir)

    if "cmark" in peers:
        all_md = concatenated(course, n, work)
        for k in range(runs):
            res = measure([peers["cmark"], all_md], os.path.join(work, f"cmark-{n}.log"))
            row["cmark"].append(res)
            if not res.ok:
                row["notes"].append(f"cmark exited {res.status} at size {n}")
                break
        print(f"  cmark: {fmt(med(row['cmark']), 3)} s", file=sys.stderr)
    if "hugo" in peers:
        site = hugo_site(course, n, work)
        hugo_out = os.path.join(work, f"hugo-out-{n}")
        hugo_command = [peers["hugo"], "--source", site, "--destination", hugo_out, "--quiet",
                        "--cacheDir", os.path.join(work, "hugo-cache"), "--noBuildLock"]
        if args.mode == "rebuild":
            rmtree(hugo_out)
            measure(hugo_command, os.path.join(work, f"hugo-{n}.log"))
        for k in range(runs):
            if args.mode == "cold":
                rmtree(hugo_out)
            res = measure(hugo_command, os.path.join(work, f"hugo-{n}.log"))
            row["hugo"].append(res)
            if not res.ok:
                row["notes"].append(f"hugo exited {res.status} at size {n}: "
                                    + " | ".join(res.stderr.strip().splitlines()[-3:]))
                break
        if row["hugo"] and row["hugo"][-1].ok:
            row["hugo_output"] = output_facts(hugo_out)["total"]
            pages = len(os.listdir(os.path.join(hugo_out, "chapters"))) if os.path.isdir(
                os.path.join(hugo_out, "chapters")) else 0
            if pages < n:
                row["notes"].append(f"hugo rendered only {pages} of {n} chapters at size {n}")
        rmtree(hugo_out)
        print(f"  hugo: {fmt(med(row['hugo']), 3)} s", file=sys.stderr)
    return row


def stage_timings(tool, course, out_dir, env, log_path, mode):
    """One more (untimed) build with --timings, in the same mode: each stage's wall time, in order."""
    if mode == "cold":
        remove_output(out_dir)
    res = measure([tool, "build", course, "--output", out_dir, "--timings"], log_path, env=env)
    stages = []
    for line in res.stderr.splitlines():
        m = re.match(r"^(\S.*?)\s+([0-9.]+) s(?:  \(peak \d+ MB\))?$", line)
        if m:
            stages.append((m.group(1), float(m.group(2))))
    return stages


def ratio(a, b):
    return a / b if a is not None and b else None


def report(rows, tool, tool_version, peers, args):
    lines = []
    ref = next((r for r in rows if r["n"] == 100), rows[0] if rows else None)
    head = ["size (chapters)", "words", "MB", "runs", "coursebuild wall s", "CPU s", "CPU÷wall", "peak MB",
            "cmark s", "hugo s", "coursebuild÷hugo", "coursebuild÷cmark", f"per-chapter time ÷ at {ref['n']}"]
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "|".join(["---:"] * len(head)) + "|")
    for r in rows:
        wall, cpu = med(r["cb"]), med(r["cb"], "cpu")
        rss = med(r["cb"], "rss_mb")
        cm, hu = med(r["cmark"]), med(r["hugo"])
        ref_wall = med(ref["cb"])
        lin = ratio(wall / r["n"] if wall else None, ref_wall / ref["n"] if ref_wall else None)
        lines.append("| " + " | ".join([
            str(r["n"]), f"{r['words']:,}", f"{r['mb']:.1f}", str(r["runs"]),
            fmt(wall, "auto"), fmt(cpu, "auto"), fmt(ratio(cpu, wall), 2), fmt(rss, 0),
            fmt(cm, 3), fmt(hu, "auto"), fmt(ratio(wall, hu), 1, "×"), fmt(ratio(wall, cm), 0, "×"),
            fmt(lin, 2),
        ]) + " |")
    lines.append("")
    lines.append("Medians over the runs. CPU = user+sys of the child (os.wait4); peak MB = its ru_maxrss. "
                 f"Last column: (wall ÷ chapters) ÷ the same at {ref['n']} chapters; 1.00 is linear.")
    # Peers' own CPU and memory, for context.
    detail = ["", "| size | cmark CPU s | cmark peak MB | hugo CPU s | hugo CPU÷wall | hugo peak MB |",
              "|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        detail.append(f"| {r['n']} | {fmt(med(r['cmark'], 'cpu'), 3)} | {fmt(med(r['cmark'], 'rss_mb'), 0)} | "
                      f"{fmt(med(r['hugo'], 'cpu'), 'auto')} | {fmt(ratio(med(r['hugo'], 'cpu'), med(r['hugo'])), 2)} | "
                      f"{fmt(med(r['hugo'], 'rss_mb'), 0)} |")
    lines += detail
    lines += output_table(rows)
    names = [name for name, _ in rows[0].get("stages", [])] if rows else []
    if names:
        lines += ["", "Stage wall times in seconds (one more build with `--timings`, after the timed runs):", "",
                  "| stage | " + " | ".join(str(r["n"]) for r in rows) + " |",
                  "|---|" + "---:|" * len(rows)]
        for name in names:
            cells = [fmt(dict(r.get("stages", [])).get(name), 3) for r in rows]
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
    by_n = {r["n"]: r for r in rows}
    if 100 in by_n and 1000 in by_n and med(by_n[100]["cb"]) and med(by_n[1000]["cb"]):
        lin = (med(by_n[1000]["cb"]) / 1000) / (med(by_n[100]["cb"]) / 100)
        lines += ["", f"Linearity: per-chapter wall time at 1000 chapters ÷ at 100 = {lin:.2f}."]
    notes = [n for r in rows for n in r["notes"]]
    missing = [p for p in ("cmark", "hugo") if p not in peers]
    if missing:
        notes.append("not installed, not timed: " + ", ".join(missing))
    if notes:
        lines += ["", "Notes:"] + [f"- {n}" for n in notes]
    return "\n".join(lines) + "\n"


def output_table(rows):
    """What each build wrote: total size against the course's and Hugo's, and the largest page of each kind."""
    def mb(b):
        return f"{b / 1e6:.1f}" if b is not None else "–"

    def page(kind, r):
        size, rel = r["output"]["largest"][kind]
        return f"{size / 1e6:.2f} MB `{rel}`" if size else "–"

    lines = ["", "Output (bytes written, a hard-linked file counted once; the largest page of each kind):", "",
             "| size | output MB | ÷ course | hugo output MB | largest site page | largest EPUB XHTML | largest review file |",
             "|---:|---:|---:|---:|---|---|---|"]
    for r in rows:
        if "output" not in r:
            continue
        total = r["output"]["total"]
        lines.append(f"| {r['n']} | {mb(total)} | {fmt(ratio(total / 1e6, r['mb']), 2, '×')} | {mb(r.get('hugo_output'))} | "
                     f"{page('site', r)} | {page('epub', r)} | {page('review', r)} |")
    return lines


def machine_facts(tool, tool_version, peers):
    facts = [
        f"- date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- CPU: {cpu_model()}, nproc {os.cpu_count()} (usable: {len(os.sched_getaffinity(0))})",
        f"- OS: {platform.system()} {platform.release()}, Python {platform.python_version()}",
        f"- coursebuild: `{tool}` ({tool_version})",
    ]
    for name, path in peers.items():
        facts.append(f"- {name}: `{path}` ({version_of([path, '--version'] if name == 'cmark' else [path, 'version'])})")
    return "\n".join(facts) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tool", default=None, help="coursebuild binary (default: the release build, else debug)")
    ap.add_argument("--sizes", default="12,100,1000", help="comma-separated chapter counts")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--mode", choices=["cold", "rebuild"], default="cold",
                    help="cold: remove the outputs before each run; rebuild: write over the previous output")
    ap.add_argument("--max-seconds", type=float, default=120.0,
                    help="a size whose first coursebuild run is slower than this is run once (0: never)")
    ap.add_argument("--work", default="/tmp/coursebuild-bench", help="where courses, sites and outputs go")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--words", type=int, default=3000, help="approximate words per chapter")
    ap.add_argument("--save", default=None, help="also write the report, with machine facts, to this file")
    args = ap.parse_args(argv)

    tool = os.path.abspath(args.tool) if args.tool and os.sep in args.tool else (args.tool or default_tool())
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    os.makedirs(args.work, exist_ok=True)
    peers = {name: shutil.which(name) for name in ("cmark", "hugo") if shutil.which(name)}
    tool_version = version_of([tool, "--version"])
    print(f"coursebuild: {tool} ({tool_version}); peers: {', '.join(peers) or 'none'}", file=sys.stderr)

    rows = [run_size(n, args, tool, peers, None) for n in sizes]
    text = report(rows, tool, tool_version, peers, args)
    print(text)
    if args.save:
        cmd = "python3 bench/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
        with open(args.save, "w") as f:
            f.write("# coursebuild benchmark results\n\n")
            f.write(f"Command: `{cmd}`\n\n")
            f.write(machine_facts(tool, tool_version, peers) + "\n")
            f.write(text)
    return 0 if all(r["cb"] and r["cb"][-1].ok for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
