@_exported import TaizhangModel
@_exported import TaizhangReaders
@_exported import TaizhangChecks
@_exported import TaizhangWriters
@_exported import TaizhangAlign
