#define BOOST_TEST_MODULE woshou end to end
#include <boost/test/unit_test.hpp>
