import Foundation
import RelaisCore

// The fuzz target named by RELAIS_FUZZ_TARGET (see `FuzzEntryPoints.targets`).
// Built with `-sanitize=fuzzer -DFUZZING` (`make fuzz`), libFuzzer's driver runs the target on generated inputs
// (SwiftPM gives an executable its own `main`, so the driver is called from it rather than linked as `main`);
// built plainly, the same binary replays the files given as arguments, to reproduce a finding under a debugger.

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// libFuzzer's runtime references this symbol even when its driver is called explicitly.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntryPoints.run(FuzzTarget.name, data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
#endif

@main
struct FuzzTarget {
    static let name = ProcessInfo.processInfo.environment["RELAIS_FUZZ_TARGET"] ?? ""

    static func main() {
        guard FuzzEntryPoints.targets.contains(name) else {
            FileHandle.standardError.write(Data("RELAIS_FUZZ_TARGET : une des cibles \(FuzzEntryPoints.targets.joined(separator: ", ")).\n".utf8))
            exit(2)
        }
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            FuzzEntryPoints.run(name, Array(data))
        }
        #endif
    }
}
