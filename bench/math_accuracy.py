#!/usr/bin/env python3
"""Maximum error, in ulps, of lrlab's elementary functions against a 120-bit mpmath reference.

usage: math_accuracy.py EVALUATOR [COUNT]   (COUNT inputs per function, default 1,000,000)

EVALUATOR is the binary `bench/math-accuracy.sh` builds from Sources/LREngine/Math. Inputs are
drawn from a fixed seed over each function's useful range, plus the hard cases (arguments near
multiples of pi/2, near 0, near the overflow and underflow limits, integer powers).
"""
import array, math, os, random, subprocess, sys, tempfile
import mpmath
from mpmath import mp, mpf

mp.prec = 120


def log_uniform(rng, lo, hi):
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def signed(rng, x):
    return x if rng.random() < 0.5 else -x


def inputs(name, rng, n):
    xs = []
    for i in range(n):
        part = i % 4
        if name == "exp":
            x = rng.uniform(-745, 709.78) if part < 2 else signed(rng, log_uniform(rng, 1e-20, 1))
        elif name == "expm1":
            x = rng.uniform(-40, 709) if part == 0 else signed(rng, log_uniform(rng, 1e-20, 2))
        elif name == "log":
            x = (2.0 ** rng.randint(-1074, 1023)) * rng.uniform(1, 2) if part < 2 else 1 + rng.uniform(-0.3, 0.42)
            x = x if x > 0 else 5e-324
        elif name == "log1p":
            x = [log_uniform(rng, 1e-20, 1e300), -log_uniform(rng, 1e-20, 1), rng.uniform(-1, 1),
                 signed(rng, log_uniform(rng, 1e-20, 1e-3))][part]
            x = max(x, -1 + 2**-53)
        elif name in ("sin", "cos"):
            if part == 0: x = rng.uniform(-10, 10)
            elif part == 1: x = rng.uniform(-1000, 1000)
            elif part == 2: x = signed(rng, log_uniform(rng, 1e-10, 2.0**30))
            else: x = float(rng.randint(-10**6, 10**6) * mp.pi / 2) + rng.randint(-3, 3) * 2**-40
        elif name == "tanh":
            x = rng.uniform(-25, 25) if part < 2 else signed(rng, log_uniform(rng, 1e-20, 1))
        elif name == "sigmoid":
            x = rng.uniform(-50, 50) if part < 3 else signed(rng, log_uniform(rng, 1e-20, 1))
        elif name == "erf":
            x = rng.uniform(-7, 7) if part < 3 else signed(rng, log_uniform(rng, 1e-20, 1))
        elif name == "erfc":
            x = rng.uniform(-6, 27.2) if part < 3 else rng.uniform(1.4, 3)
        xs.append(x)
    return xs


def pow_inputs(rng, n):
    pairs = []
    for i in range(n):
        part = i % 4
        if part == 0:
            x = log_uniform(rng, 1e-10, 1e10)
            limit = 700 / abs(math.log(x)) if x != 1 else 30
            y = rng.uniform(-min(30, limit), min(30, limit))
        elif part == 1:
            x, y = rng.uniform(0.5, 2), float(rng.randint(-100, 100))
        elif part == 2:
            x, y = rng.uniform(0.9, 0.99999), float(rng.randint(1, 10**6))
        else:
            x, y = rng.uniform(0, 1), rng.uniform(0, 5)
        pairs += [x, y]
    return pairs


def reference(name, x, y=None):
    x = mpf(x)
    if name == "exp": return mpmath.exp(x)
    if name == "expm1": return mpmath.expm1(x)
    if name == "log": return mpmath.log(x)
    if name == "log1p": return mpmath.log1p(x)
    if name == "sin": return mpmath.sin(x)
    if name == "cos": return mpmath.cos(x)
    if name == "tanh": return mpmath.tanh(x)
    if name == "sigmoid": return 1 / (1 + mpmath.exp(-x))
    if name == "erf": return mpmath.erf(x)
    if name == "erfc": return mpmath.erfc(x)
    if name == "pow": return mpmath.power(x, mpf(y))


def ulps(got, exact):
    nearest = float(exact)
    if math.isinf(nearest):
        return 0.0 if got == nearest else math.inf
    if math.isnan(got):
        return math.inf
    spacing = math.ulp(nearest) if nearest != 0 else 5e-324
    # Below a power of two the spacing halves: use the smaller one, as error bounds do.
    if abs(nearest) > 2.2250738585072014e-308 and math.frexp(abs(nearest))[0] == 0.5 and abs(exact) < abs(nearest):
        spacing /= 2
    return float(abs(mpf(got) - exact) / spacing)


def main():
    evaluator = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    names = sys.argv[3].split(",") if len(sys.argv) > 3 else [
        "exp", "expm1", "log", "log1p", "sin", "cos", "tanh", "sigmoid", "erf", "erfc", "pow"]
    print(f"| function | inputs | max error (ulp) | at x | mean error (ulp) |")
    print(f"| --- | --- | --- | --- | --- |")
    for name in names:
        rng = random.Random(f"lrlab-{name}")
        xs = pow_inputs(rng, count) if name == "pow" else inputs(name, rng, count)
        with tempfile.TemporaryDirectory() as tmp:
            src, dst = os.path.join(tmp, "in"), os.path.join(tmp, "out")
            array.array("d", xs).tofile(open(src, "wb"))
            subprocess.run([evaluator, name, src, dst], check=True)
            got = array.array("d")
            got.frombytes(open(dst, "rb").read())
        worst, where, total = 0.0, None, 0.0
        for i, g in enumerate(got):
            if name == "pow":
                x, y = xs[2 * i], xs[2 * i + 1]
                e = ulps(g, reference(name, x, y))
                at = f"{x!r}, {y!r}"
            else:
                x = xs[i]
                e = ulps(g, reference(name, x))
                at = repr(x)
            total += e
            if e > worst:
                worst, where = e, at
        print(f"| {name} | {len(got):,} | {worst:.3f} | {where} | {total / len(got):.4f} |", flush=True)


if __name__ == "__main__":
    main()
