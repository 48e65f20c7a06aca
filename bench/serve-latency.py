#!/usr/bin/env python3
"""Edit-to-served latency of `coursebuild serve`: copies a course, serves it,
appends a sentence to one chapter N times and polls the chapter's page until
the sentence appears. Prints each latency, the median and the maximum.

Usage: serve-latency.py [--tool PATH] [--course DIR] [--chapter FILE] [--edits N]
"""
import argparse, os, re, shutil, statistics, subprocess, sys, tempfile, time, urllib.request

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default=".build-release/release/coursebuild")
    ap.add_argument("--course", default=".")
    ap.add_argument("--chapter", default=None, help="chapter file to edit (default: the middle one)")
    ap.add_argument("--edits", type=int, default=10)
    args = ap.parse_args()

    work = tempfile.mkdtemp(prefix="cb-serve-")
    course = os.path.join(work, "course")
    shutil.copytree(args.course, course, ignore=shutil.ignore_patterns("output", ".build*", ".git", "bench", "Tests", "Sources"))
    chapters = sorted(f for f in os.listdir(os.path.join(course, "chapters")) if f.endswith(".md"))
    chapter = args.chapter or chapters[len(chapters) // 2]
    page_path = "/site/chapters/" + chapter[:-3] + ".html"

    server = subprocess.Popen([args.tool, "serve", course, "--port", "0"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    try:
        found = None
        while found is None:
            line = server.stdout.readline()
            if not line:
                sys.exit("serve exited before it listened")
            found = re.search(r"127\.0\.0\.1:(\d+)", line)
        port = int(found.group(1))
        url = f"http://127.0.0.1:{port}{page_path}"
        latencies = []
        for k in range(args.edits):
            # Letters only: a number would make the sentence a claim.
            marker = "Latency marker " + "".join(chr(ord("a") + int(d)) for d in str(time.time_ns())) + "."
            start = time.perf_counter()
            with open(os.path.join(course, "chapters", chapter), "a", encoding="utf-8") as f:
                f.write(f"\n{marker}\n")
            while True:
                body = urllib.request.urlopen(url).read().decode("utf-8")
                if marker in body:
                    break
                if time.perf_counter() - start > 10:
                    sys.exit(f"edit {k}: not served after 10 s")
                time.sleep(0.002)
            latencies.append((time.perf_counter() - start) * 1000)
            print(f"edit {k + 1}: {latencies[-1]:.0f} ms")
            time.sleep(0.2)
    finally:
        server.terminate()
        rest = server.communicate()[0]
        shutil.rmtree(work)
    rebuilds = [float(m) for m in re.findall(r"rebuilt in (\d+) ms", rest)]
    print(f"{chapter}: edit to served: median {statistics.median(latencies):.0f} ms, max {max(latencies):.0f} ms "
          f"over {len(latencies)} edits (includes the watcher's polling interval, 20 ms); "
          f"rebuild alone: median {statistics.median(rebuilds):.0f} ms, max {max(rebuilds):.0f} ms")

if __name__ == "__main__":
    main()
