import RapportInterchange

/// libFuzzer entry: reads the input as a vCard file to the end or the first error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzVCard(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    do {
        let reader = try VCardReader(path: FuzzInput.file(data, size), fileName: "fuzz.vcf")
        while let contact = try reader.next() {
            precondition(!contact.draft.name.isEmpty, "a contact without a name")
        }
    } catch {
        precondition(!error.description.isEmpty)
    }
    return 0
}
