package org.partnercities.kg.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Reports how many bytes pass (for a progress bar shared by several files). */
final class CountingInput extends FilterInputStream {

    private final LongConsumer read;

    CountingInput(InputStream in, LongConsumer read) {
        super(in);
        this.read = read;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0)
            read.accept(1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0)
            read.accept(n);
        return n;
    }
}
