import RapportInterchange

/// libFuzzer entry: reads the input as a CSV contact file to the end or the first error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    do {
        let reader = try CSVContactReader(path: FuzzInput.file(data, size), fileName: "fuzz.csv")
        while let contact = try reader.next() {
            precondition(!contact.draft.name.isEmpty, "a contact without a name")
        }
    } catch {
        precondition(!error.description.isEmpty)
    }
    return 0
}
