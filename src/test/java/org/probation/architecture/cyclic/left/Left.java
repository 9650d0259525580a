package org.probation.architecture.cyclic.left;

import org.probation.architecture.cyclic.right.Right;

/** Half of a deliberate cycle between two slices, for {@code FeatureCyclesTest}. */
public class Left {

    public Right right() {
        return new Right();
    }
}
