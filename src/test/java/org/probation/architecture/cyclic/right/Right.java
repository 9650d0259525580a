package org.probation.architecture.cyclic.right;

import org.probation.architecture.cyclic.left.Left;

/** The other half of the deliberate cycle. */
public class Right {

    public Left left() {
        return new Left();
    }
}
