#!/usr/bin/python3
"""Execute every .ipynb under a folder (default: docs/) with the .NET Interactive Jupyter kernel.

Prints PASS/FAIL per notebook (with the failing cell's compiler diagnostics, which the kernel sends to the cell's
stderr stream) and ends with "N passed, N failed"; exits 1 if any cell of any notebook errors (or if there are no
notebooks). Needs Debian's python3-nbclient: run it with /usr/bin/python3. Environment: NB_KERNEL (kernel name,
default .net-csharp), NB_OUT (folder for executed copies), NB_TIMEOUT (seconds per cell, default 600).
"""
import glob
import os
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

root = sys.argv[1] if len(sys.argv) > 1 else "docs"
kernel = os.environ.get("NB_KERNEL", ".net-csharp")
out_dir = os.environ.get("NB_OUT")
timeout = int(os.environ.get("NB_TIMEOUT", "600"))
paths = sorted(p for p in glob.glob(os.path.join(root, "**", "*.ipynb"), recursive=True)
               if ".ipynb_checkpoints" not in p)
passed = failed = 0
for path in paths:
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name=kernel, timeout=timeout, startup_timeout=180,
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
    t0 = time.time()
    try:
        client.execute()
        passed += 1
        print(f"PASS {path} ({time.time() - t0:.1f}s)", flush=True)
    except Exception as e:  # CellExecutionError, DeadKernelError, timeouts
        failed += 1
        print(f"FAIL {path} ({time.time() - t0:.1f}s)", flush=True)
        if isinstance(e, CellExecutionError):
            # A compile error arrives as ename=Error, evalue='compilation error'; the CS diagnostics are in the
            # failing cell's stderr stream, so print that too.
            bad = [c for c in nb.cells if any(o.get("output_type") == "error" for o in c.get("outputs", []))]
            for o in (bad[-1].outputs if bad else []):
                if o.output_type == "stream" and o.name == "stderr":
                    print("".join(o.text).strip())
        print(str(e).strip(), flush=True)
    finally:
        if out_dir:
            dest = os.path.join(out_dir, os.path.relpath(path, root))
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            nbformat.write(nb, dest)
if not paths:
    print(f"no notebooks under {root}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed or not paths else 0)
