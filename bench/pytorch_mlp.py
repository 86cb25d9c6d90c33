"""PyTorch CPU baseline for lrlab's engine benchmarks: training steps per second of the MLP shapes
that `lrlab bench` measures (ReLU, cross-entropy, Adam unless noted, plain SGD lr 1e-3 as in lrlab bench; batches cycled from a fixed
random tensor). Usage: python3 pytorch_mlp.py [threads] (default 1). Needs `pip install torch`.
Prints one line per shape: `pytorch <din>-><hidden>-><dout> @<batch> <optimizer>: <steps/s> steps/s, <GFLOP/s>`.
FLOPs per step are counted as 6 x batch x weights (forward 2, backward 4), biases ignored."""
import sys, time, torch
torch.set_num_threads(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
torch.manual_seed(0)

def bench(din, hidden, dout, batch, steps, opt="adam"):
    layers, d = [], din
    for h in hidden:
        layers += [torch.nn.Linear(d, h), torch.nn.ReLU()]; d = h
    layers.append(torch.nn.Linear(d, dout))
    m = torch.nn.Sequential(*layers)
    o = torch.optim.Adam(m.parameters(), lr=1e-3) if opt == "adam" else torch.optim.SGD(m.parameters(), lr=1e-3)
    x = torch.randn(batch * 16, din); y = torch.randint(0, dout, (batch * 16,))
    lossf = torch.nn.CrossEntropyLoss()
    def run(n):
        for i in range(n):
            j = (i % 16) * batch
            o.zero_grad(set_to_none=True)
            l = lossf(m(x[j:j+batch]), y[j:j+batch]); l.backward(); o.step()
    run(50)
    rates = []
    for _ in range(5):
        t = time.perf_counter(); run(steps); rates.append(steps / (time.perf_counter() - t))
    rate = sorted(rates)[2]  # median of 5
    weights = sum(p.numel() for p in m.parameters() if p.dim() == 2)
    print(f"pytorch {din}->{hidden}->{dout} @{batch} {opt}: {rate:.0f} steps/s, {rate * 6 * batch * weights / 1e9:.2f} GFLOP/s")

bench(64, [256, 256], 10, 128, 300)
bench(784, [256, 256], 10, 128, 200)
bench(2, [64, 64], 3, 32, 2000)
bench(8, [32], 2, 16, 3000, opt="sgd")
