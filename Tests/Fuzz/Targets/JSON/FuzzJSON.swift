import RapportInterchange
import RapportTransfer

/// libFuzzer entry: reads the input as a Rapport JSON export with the
/// import reader of RapportTransfer (JSONContactSource and
/// JSONElementStream), to the end or the first error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    do {
        let source = try JSONContactSource(path: FuzzInput.file(data, size))
        while try source.next() != nil {}
    } catch {
        precondition(!error.description.isEmpty)
    }
    return 0
}
