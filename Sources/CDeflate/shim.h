// zlib, for deflating EPUB entries at a chosen level (ZipArchive.swift).
#include <zlib.h>
