// Evaluates one of lrlab's elementary functions over the doubles in a file (raw little-endian
// float64) and writes the results the same way. Built by `bench/math-accuracy.sh` together with
// `Sources/LREngine/Math/*.swift`.
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 4, let input = FileManager.default.contents(atPath: arguments[2]) else {
    FileHandle.standardError.write("usage: math-eval FUNCTION IN OUT\n".data(using: .utf8)!)
    exit(2)
}
let xs: [Double] = input.withUnsafeBytes { Array($0.bindMemory(to: Double.self)) }
let f: (Double) -> Double
switch arguments[1] {
case "exp": f = Elementary.exp
case "expm1": f = Elementary.expm1
case "log": f = Elementary.log
case "log1p": f = Elementary.log1p
case "sin": f = Elementary.sin
case "cos": f = Elementary.cos
case "tanh": f = Elementary.tanh
case "erf": f = Elementary.erf
case "erfc": f = Elementary.erfc
case "sigmoid": f = Elementary.sigmoid
case "pow":  // pairs (x, y)
    var out: [Double] = []
    out.reserveCapacity(xs.count / 2)
    var i = 0
    while i + 1 < xs.count { out.append(Elementary.pow(xs[i], xs[i + 1])); i += 2 }
    _ = FileManager.default.createFile(atPath: arguments[3], contents: out.withUnsafeBytes { Data($0) })
    exit(0)
default:
    FileHandle.standardError.write("unknown function \(arguments[1])\n".data(using: .utf8)!)
    exit(2)
}
let out = xs.map(f)
_ = FileManager.default.createFile(atPath: arguments[3], contents: out.withUnsafeBytes { Data($0) })
